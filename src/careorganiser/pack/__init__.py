"""The printed documents: gathering their data (no ReportLab) and drawing them (ReportLab, in ``pdf``)."""

from careorganiser.pack.pdf.rtl import defer_harfbuzz

defer_harfbuzz()  # before any module here imports ReportLab, whose font module imports HarfBuzz
