"""The first page of the export dialog: with or without the video, its quality, the size."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from studio.media.export import DEFAULT_SIZE_LIMIT, PRESET_LABELS, Preset
from studio.ui.bundle.labels import heading, note, set_role
from studio.ui.bundle.texts import size_text


def _column(*widgets: QWidget) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(4)
    for widget in widgets:
        column.addWidget(widget)
    return column


class ExportOptionsPage(QWidget):
    """Emits `changed` when the choice changes; the dialog then shows the new estimate."""

    changed = Signal()

    def __init__(self, title: str, has_take: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.has_take = has_take
        self.heading = heading(self.tr("Export “{title}”").format(title=title))
        self.intro = note(
            "help",
            self.tr(
                "A bundle is one file a freelancer opens with nothing installed: the video "
                "walkthrough with its chapters, a printable PDF of the brief, an offline "
                "viewer and the attached files."
            ),
        )

        self.video_check = QCheckBox(self.tr("Include the video walkthrough"))
        self.video_check.setChecked(has_take)
        self.video_check.setEnabled(has_take)
        self.video_note = note("help", shown=False)
        if not has_take:
            self.video_note.setText(
                self.tr(
                    "This brief has no recording yet, so the bundle will hold the written "
                    "brief and its attachments. Record a take in the Video step to include it."
                )
            )
            self.video_note.show()
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Video quality"))
        for preset in Preset:
            label = QCoreApplication.translate("Preset", PRESET_LABELS[preset])
            self.preset_combo.addItem(label, preset.value)
        self.preset_label = QLabel(self.tr("Video &quality:"))
        self.preset_label.setBuddy(self.preset_combo)
        self.video_detail = note("help", shown=False)

        self.size_value = QLabel()
        self.size_value.setObjectName("EstimatedSize")
        self.size_note = note("warning", shown=False)
        self.problem_label = note("error", shown=False)
        self.problem_label.setObjectName("ExportProblem")
        self.notice_label = note("help", shown=False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.preset_label, _column(self.preset_combo, self.video_detail))
        form.addRow(self.tr("Estimated size:"), _column(self.size_value, self.size_note))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        # Outside the form: QFormLayout gives wrapped text in a spanning row too little height.
        layout.addWidget(self.video_check)
        layout.addWidget(self.video_note)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.notice_label)
        layout.addStretch(1)

        self.video_check.toggled.connect(self._video_toggled)
        self.preset_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._video_toggled(self.video_check.isChecked())

    def include_video(self) -> bool:
        return self.video_check.isChecked()

    def preset(self) -> Preset:
        return Preset(self.preset_combo.currentData())

    def set_preset(self, preset: Preset) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset.value))

    def _video_toggled(self, on: bool) -> None:
        self.preset_combo.setEnabled(on)
        self.preset_label.setEnabled(on)
        self.changed.emit()

    def show_estimate(self, size: int | None, copy_as_is: bool, reencoded: bool) -> None:
        """The size the bundle will have about (None: unknown), and what the video costs."""
        self.size_value.setText(
            self.tr("about {size}").format(size=size_text(size)) if size is not None else "—"
        )
        video = self.include_video() and size is not None
        if video and copy_as_is:
            detail = self.tr("The recording goes in as it is: the export takes seconds.")
        elif video and not reencoded:
            detail = self.tr("The recording is repackaged without re-encoding: it is quick.")
        elif video:
            detail = self.tr("The video is encoded again: the export may take a while.")
        else:
            detail = ""
        self.video_detail.setText(detail)
        self.video_detail.setVisible(bool(detail))
        limit = size_text(DEFAULT_SIZE_LIMIT)
        if video and self.preset() is Preset.SMALL:
            note = self.tr("Aimed at {limit}, what most e-mail services accept.")
        elif video and size is not None and size > DEFAULT_SIZE_LIMIT:
            note = self.tr(
                "More than most e-mail services accept ({limit}): send it with a link, or "
                "choose “{small}”."
            )
        elif size is not None and size > DEFAULT_SIZE_LIMIT:
            note = self.tr("More than most e-mail services accept ({limit}): send it with a link.")
        else:
            note = ""
        small = QCoreApplication.translate("Preset", PRESET_LABELS[Preset.SMALL])
        self.size_note.setText(note.format(limit=limit, small=small))
        fits = video and self.preset() is Preset.SMALL
        set_role(self.size_note, "help" if fits else "warning")
        self.size_note.setVisible(bool(note))

    def show_problem(self, text: str) -> None:
        """Why the bundle cannot be exported as chosen (empty: it can)."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        """What happened to the last attempt ("cancelled, nothing was written")."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
