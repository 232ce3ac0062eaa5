"""The small dialog to write or edit a note: the passage (read only), body, tags and category."""

from __future__ import annotations

from sidebyside.notes.model import CATEGORIES
from sidebyside.wording import clipped
from sidebyside.ui.qt import (
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QIcon,
    QLabel,
    QLineEdit,
    QPixmap,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QtWidgets,
)

NO_CATEGORY = ""


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def parse_tags(text: str) -> list[str]:
    """Tags are typed comma-separated; blanks and repeats are dropped, order kept."""
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


class NoteDialog(QDialog):
    """Modal editor; ``values()`` gives (body, tags, category) once accepted."""

    def __init__(self, quote: str, body: str = "", tags: tuple[str, ...] = (), category: str | None = None,
                 title: str = "Add Note", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)

        passage = QLabel(self._excerpt(quote))
        passage.setObjectName("notePassage")
        passage.setWordWrap(True)
        passage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        passage.setAccessibleName("Passage")
        passage.setStyleSheet("font-style: italic; padding: 4px; border-left: 3px solid palette(mid);")
        layout.addWidget(passage)

        form = QtWidgets.QFormLayout()
        self.body_edit = QPlainTextEdit(body)
        self.body_edit.setAccessibleName("Note text")
        self.body_edit.setPlaceholderText("Your note on this passage")
        self.body_edit.setTabChangesFocus(True)
        form.addRow("&Note:", self.body_edit)
        self.tags_edit = QLineEdit(", ".join(tags))
        self.tags_edit.setAccessibleName("Tags")
        self.tags_edit.setPlaceholderText("comma-separated, e.g. sourcing, framing")
        form.addRow("&Tags:", self.tags_edit)
        self.category_box = QComboBox()
        self.category_box.setAccessibleName("Category")
        self.category_box.addItem("(none)", NO_CATEGORY)
        for name, colour in CATEGORIES.items():
            self.category_box.addItem(swatch(colour), name.capitalize(), name)
        if category and self.category_box.findData(category) < 0:
            self.category_box.addItem(category, category)  # a category from an import is kept
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(category or NO_CATEGORY)))
        form.addRow("&Category:", self.category_box)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.body_edit.setFocus()

    @staticmethod
    def _excerpt(quote: str, limit: int = 400) -> str:
        return "“" + clipped(quote, limit) + "”"

    def values(self) -> tuple[str, list[str], str | None]:
        category = self.category_box.currentData() or None
        return self.body_edit.toPlainText().strip(), parse_tags(self.tags_edit.text()), category
