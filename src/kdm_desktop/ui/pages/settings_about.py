"""Settings › About: which version runs, under which licence, with which components.

After an installer update staff (or whoever they phone) can read the version here;
the same version is in `kdm --version` and in the audit row of each upgrade.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kdm_desktop import __version__
from kdm_desktop.services.about import COMPONENTS
from kdm_desktop.services.session import Session
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.widgets import heading, note

# What each component does for us, by its stable key (see services/about.py).
_PURPOSES = {
    "qt": QT_TRANSLATE_NOOP("AboutTab", "the window"),
    "cipher": QT_TRANSLATE_NOOP("AboutTab", "the encrypted case file"),
    "crypto": QT_TRANSLATE_NOOP("AboutTab", "key slots and transfers"),
    "pdf": QT_TRANSLATE_NOOP("AboutTab", "letters and printouts"),
    "holidays": QT_TRANSLATE_NOOP("AboutTab", "public holidays"),
    "dirs": QT_TRANSLATE_NOOP("AboutTab", "the data folder"),
}


class AboutTab(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.setObjectName("aboutTab")
        self.version_label = QLabel(self.tr("KDM Desktop {version}").format(version=__version__))
        self.version_label.setObjectName("aboutVersion")
        licence = note(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later. "
                "The licence texts of every component are in the licenses folder next to "
                "the program."
            )
        )
        runtime = note(
            self.tr("Python {python} · Qt {qt} · SQLCipher {cipher}").format(
                python=platform.python_version(),
                qt=qVersion(),
                cipher=session.info()["cipher_version"],
            )
        )
        self.components = QTableWidget(len(COMPONENTS), 4)
        self.components.setObjectName("aboutComponents")
        self.components.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Used for"), self.tr("Licence")]
        )
        self.components.verticalHeader().setVisible(False)
        for row, part in enumerate(COMPONENTS):
            shown = QCoreApplication.translate("AboutTab", str(_PURPOSES[part.key]))
            for col, value in enumerate((part.name, part.version, shown, part.licence)):
                self.components.setItem(row, col, QTableWidgetItem(value))
        self.components.resizeColumnsToContents()
        self.components.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.version_label.text(), 1.2))
        layout.addWidget(self.version_label)
        self.version_label.hide()  # kept for tests and screen readers; the heading shows it
        layout.addWidget(licence)
        layout.addWidget(runtime)
        layout.addWidget(self.components, 1)
