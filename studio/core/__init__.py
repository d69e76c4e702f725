"""The domain, pure Python: a brief and its parts, money, planning, validation, errors."""
