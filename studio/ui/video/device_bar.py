"""The studio's device pickers: camera (a listed one, or an index, URL or file typed in),
microphone, picture size and frame rate. `chosen` is emitted when the person commits one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from studio.capture.devices import CameraInfo, MicrophoneInfo
from studio.capture.recorder import RecorderConfig

SIZES = ((1280, 720), (1920, 1080))
RATES = (24.0, 25.0, 30.0, 60.0)


class DeviceBar(QWidget):
    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeviceBar")
        self.camera = QComboBox()
        self.camera.setEditable(True)
        self.camera.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.camera.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.camera.setMinimumContentsLength(14)
        self.camera.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.camera.setToolTip(
            self.tr("A camera of this computer, or type its number, a stream URL or a video file")
        )
        line = self.camera.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Default camera"))
        line.editingFinished.connect(self._camera_typed)
        self.camera.activated.connect(lambda _index: self._camera_typed())
        self.microphone = QComboBox()
        self.microphone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.microphone.setMinimumContentsLength(14)
        self.microphone.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.microphone.activated.connect(lambda _index: self.chosen.emit())
        self.picture_size = QComboBox()
        for width, height in SIZES:
            self.picture_size.addItem(f"{width} × {height}", (width, height))
        self.picture_size.activated.connect(lambda _index: self.chosen.emit())
        self.rate = QComboBox()
        for fps in RATES:
            self.rate.addItem(self.tr("{fps:g} fps").format(fps=fps), fps)
        self.rate.setCurrentIndex(RATES.index(30.0))
        self.rate.activated.connect(lambda _index: self.chosen.emit())

        self.camera_label = QLabel(self.tr("&Camera"))
        self.camera_label.setBuddy(self.camera)
        self.microphone_label = QLabel(self.tr("&Microphone"))
        self.microphone_label.setBuddy(self.microphone)
        picture = QHBoxLayout()
        picture.setContentsMargins(0, 0, 0, 0)
        picture.addWidget(self.picture_size)
        picture.addWidget(self.rate)
        picture.addStretch(1)
        self.picture_label = QLabel(self.tr("&Picture"))
        self.picture_label.setBuddy(self.picture_size)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.camera_label, self.camera)
        form.addRow(self.microphone_label, self.microphone)
        form.addRow(self.picture_label, picture)
        self._typed = ""

    # ---- filling -------------------------------------------------------------------------

    def set_cameras(self, cameras: list[CameraInfo], current: str) -> None:
        self.camera.blockSignals(True)
        self.camera.clear()
        for info in cameras:
            name = info.name or self.tr("Camera {number}").format(number=info.spec)
            self.camera.addItem(f"{name} ({info.spec})", str(info.spec))
        index = self.camera.findData(current)
        if index >= 0:
            self.camera.setCurrentIndex(index)
        else:
            self.camera.setEditText(current)
        self._typed = self.camera_spec()
        self.camera.blockSignals(False)

    def set_microphones(self, microphones: list[MicrophoneInfo], current: str) -> None:
        self.microphone.blockSignals(True)
        self.microphone.clear()
        self.microphone.addItem(self.tr("Default microphone"), "")
        for info in microphones:
            self.microphone.addItem(info.name, info.name)
        index = self.microphone.findData(current)
        if index < 0 and current:  # remembered, not listed now (unplugged): keep it
            self.microphone.addItem(current, current)
            index = self.microphone.count() - 1
        self.microphone.setCurrentIndex(max(0, index))
        self.microphone.blockSignals(False)

    # ---- reading -------------------------------------------------------------------------

    def camera_spec(self) -> str:
        text = self.camera.currentText().strip()
        index = self.camera.currentIndex()
        if index >= 0 and text == self.camera.itemText(index):
            return str(self.camera.itemData(index))
        return text

    def microphone_spec(self) -> str:
        data = self.microphone.currentData()
        return str(data) if data is not None else ""

    def config(self, ffmpeg: str = "") -> RecorderConfig:
        width, height = self.picture_size.currentData() or SIZES[0]
        return RecorderConfig(
            camera=self.camera_spec(),
            microphone=self.microphone_spec(),
            width=int(width),
            height=int(height),
            fps=float(self.rate.currentData() or 30.0),
            ffmpeg=ffmpeg,
        )

    def set_enabled_for_recording(self, recording: bool) -> None:
        """Devices cannot change in the middle of a take."""
        for widget in (self.camera, self.microphone, self.picture_size, self.rate):
            widget.setEnabled(not recording)

    def _camera_typed(self) -> None:
        spec = self.camera_spec()
        if spec != self._typed:
            self._typed = spec
            self.chosen.emit()
