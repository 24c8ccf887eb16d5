"""PDF documents produced by KDM Desktop (recovery sheet and printed reports).

Every PDF is rendered in memory with embedded DejaVu fonts and written to disk
atomically; see :mod:`kdm_desktop.reports.fonts` and
:mod:`kdm_desktop.reports.pdfout`.
"""
