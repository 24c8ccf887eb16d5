"""Tabs whose widgets are built the first time they are shown.

Opening a case used to build every tab up front: the risk form, the safety plan,
the orders, letters and notes, each reading (and auditing) its data, although
she looks at one or two of them. Here each tab starts as an empty placeholder;
when it becomes the current tab (or code asks for its widget) the factory runs
and the real widget takes the placeholder's place, under the same title. So a
tab is read, built and audited only if it is seen.

Any tab can join: `add(key, title, factory)`; `widget(key)` builds on demand,
`show(key)` makes it current, `built()` lists what exists (for refreshes),
`reset(key)` puts the placeholder back (the case view reused for another case).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

TabFactory = Callable[[], QWidget]


@dataclass
class _Tab:
    key: str
    title: str
    factory: TabFactory
    widget: QWidget
    built: bool = False


class LazyTabs(QObject):
    built_tab = Signal(str, QWidget)  # key, the widget just built

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._tabs: dict[str, _Tab] = {}
        # Connected before anyone else: they see the built widget, not the placeholder.
        tabs.currentChanged.connect(self._current_changed)

    def add(self, key: str, title: str, factory: TabFactory) -> None:
        if key in self._tabs:
            raise ValueError(f"tab added twice: {key}")
        placeholder = self._placeholder(key)
        self._tabs[key] = _Tab(key, title, factory, placeholder)
        # The first tab becomes current at once, so it is built right here.
        self.tabs.addTab(placeholder, title)

    def tab_keys(self) -> list[str]:
        return list(self._tabs)

    def is_built(self, key: str) -> bool:
        return self._tabs[key].built

    def built(self) -> list[QWidget]:
        return [t.widget for t in self._tabs.values() if t.built]

    def widget(self, key: str) -> QWidget:
        """The tab's widget, built now if it was not yet."""
        tab = self._tabs[key]
        if not tab.built:
            self._build(tab)
        return tab.widget

    def show(self, key: str) -> QWidget | None:
        """Make the tab current (building it); None when there is no such tab."""
        if key not in self._tabs:
            return None
        widget = self.widget(key)
        self.tabs.setCurrentWidget(widget)
        return widget

    def reset(self, key: str) -> None:
        """Put a built tab back to its placeholder; its widget is deleted, and the
        factory runs again the next time the tab is shown."""
        tab = self._tabs[key]
        if not tab.built:
            return
        old = tab.widget
        self._swap(tab, self._placeholder(key))
        tab.built = False
        old.hide()
        old.deleteLater()

    @staticmethod
    def _placeholder(key: str) -> QWidget:
        placeholder = QWidget()
        placeholder.setObjectName(f"pendingTab_{key}")
        return placeholder

    def _swap(self, tab: _Tab, widget: QWidget) -> None:
        """Put `widget` where the tab's widget is, under the same title and index."""
        index = self.tabs.indexOf(tab.widget)
        was_current = self.tabs.currentIndex() == index
        # The swap is not a change of tab for anyone listening.
        blocker = QSignalBlocker(self.tabs)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, tab.title)
        if was_current:
            self.tabs.setCurrentIndex(index)
        blocker.unblock()
        tab.widget = widget

    def _current_changed(self, index: int) -> None:
        current = self.tabs.widget(index)
        for tab in self._tabs.values():
            if tab.widget is current and not tab.built:
                self._build(tab)
                return

    def _build(self, tab: _Tab) -> None:
        tab.built = True  # before the factory: a factory that shows a tab does not recurse
        widget = tab.factory()
        placeholder = tab.widget
        self._swap(tab, widget)
        placeholder.deleteLater()
        self.built_tab.emit(tab.key, widget)
