"""A picture scaled to fit, on black: the camera preview and the take player both paint here.

`show_frame(frame)` takes a capture Frame without copying a BGR one (frames are never
modified after capture; a reference is kept while it is shown); an I420 one is converted
here, once per frame shown, which is the preview's rate and not the camera's. A big overlay text
(the countdown) and a small message (no picture yet, an error) can be drawn on top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from studio.capture.camera import Frame


def frame_image(frame: Frame) -> tuple[QImage, Any]:
    """A QImage over the frame's pixels, and the array that must outlive it."""
    image = frame.bgr()
    height, width = image.shape[:2]
    qimage = QImage(image.data, width, height, int(image.strides[0]), QImage.Format.Format_BGR888)
    return qimage, image


class FrameView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FrameView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 135)
        self.image: QImage | None = None
        self._pixels: Any = None
        self.frame_number = -1
        self.shown = 0  # frames painted so far (tests and the preview's own pacing)
        self.overlay = ""
        self.message = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 360)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return width * 9 // 16

    def show_frame(self, frame: Frame) -> None:
        if frame.number == self.frame_number and self.image is not None:
            return
        self.image, self._pixels = frame_image(frame)
        self.frame_number = frame.number
        self.update()

    def show_image(self, image: QImage) -> None:
        self.image, self._pixels = image, None
        self.frame_number = -1
        self.update()

    def clear(self) -> None:
        self.image, self._pixels = None, None
        self.frame_number = -1
        self.update()

    def set_overlay(self, text: str) -> None:
        if text != self.overlay:
            self.overlay = text
            self.update()

    def set_message(self, text: str) -> None:
        if text != self.message:
            self.message = text
            self.update()

    def picture_rect(self) -> QRect:
        """Where the picture goes: the widget's largest rectangle of its aspect (16:9 when
        there is no picture yet); the rest is left to the page's background."""
        shape = QSize(16, 9) if self.image is None or self.image.isNull() else self.image.size()
        size = shape.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        return QRect(left, top, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        picture = self.picture_rect()
        painter.fillRect(picture, QColor("#15181d"))
        if self.image is not None and not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(picture), self.image)
            self.shown += 1
        if self.message:
            painter.setPen(QColor("#e6e9ee"))
            box = picture.adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(box, int(flags), self.message)
        if self.overlay:
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(24, picture.height() // 3))
            painter.setFont(font)
            painter.setPen(QColor(0, 0, 0, 140))
            painter.drawText(
                self.rect().translated(3, 3), Qt.AlignmentFlag.AlignCenter, self.overlay
            )
            painter.setPen(QColor("#ffffff"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.overlay)
        painter.end()
