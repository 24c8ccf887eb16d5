"""The calendar's two rows of controls: where you are (previous, today, next, the
title, month/week/day) and what is shown and taken away (staff filter, colouring,
closed days, the day list PDF, printing, .ics)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MONTH, WEEK, DAY = 0, 1, 2


class CalendarToolbar(QWidget):
    """Only the controls; the page connects them to what they do."""

    def __init__(
        self,
        *,
        sees_names: bool,
        can_edit: bool,
        staff: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prev_button = QPushButton()
        self.prev_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous"))
        self.next_button = QPushButton()
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        self.mode_group = QButtonGroup(self)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for mode, text in (
            (MONTH, self.tr("&Month")),
            (WEEK, self.tr("&Week")),
            (DAY, self.tr("&Day")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            self.mode_group.addButton(button, mode)
            modes.addWidget(button)

        self.colour_mode = QComboBox()
        self.colour_mode.setObjectName("colourMode")
        # The type (psychological, legal …) is case content: a colour must not tell it
        # to someone who may not see it, so the sekreter's calendar is coloured by staff.
        if sees_names:
            self.colour_mode.addItem(self.tr("Colour by type"), False)
        self.colour_mode.addItem(self.tr("Colour by staff"), True)
        self.colour_mode.setAccessibleName(self.tr("Colour appointments by"))
        self.staff_filter = QComboBox()
        self.staff_filter.setAccessibleName(self.tr("Show the appointments of"))
        self.staff_filter.addItem(self.tr("All staff"), None)
        for username, name in staff:
            self.staff_filter.addItem(name, username)

        self.pdf_button = QPushButton(self.tr("Day list PDF"))
        self.pdf_button.setObjectName("dayListPdf")
        self.print_button = QToolButton()
        self.print_button.setObjectName("calendarPrint")
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        self.print_day_action = print_menu.addAction(self.tr("Day list"))
        self.print_week_action = print_menu.addAction(self.tr("Week list"))
        self.print_button.setMenu(print_menu)
        self.ics_button = QPushButton(self.tr("Export .ics"))
        self.ics_button.setObjectName("exportIcs")
        self.closed_button = QPushButton(self.tr("Closed days and working hours"))
        self.closed_button.setObjectName("closedDaysButton")
        self.closed_button.setVisible(can_edit)

        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.title, 1)
        nav.addLayout(modes)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Staff:")))
        tools.addWidget(self.staff_filter)
        tools.addWidget(self.colour_mode)
        tools.addStretch(1)
        tools.addWidget(self.closed_button)
        tools.addWidget(self.pdf_button)
        tools.addWidget(self.print_button)
        tools.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addLayout(tools)
