"""The small PDF toolkit every printed document is built with (ReportLab platypus).

- :mod:`~careorganiser.pack.pdf.fonts`: the bundled DejaVu faces, and text made printable with them.
- :mod:`~careorganiser.pack.pdf.layout`: page geometry, colours and paragraph styles, the running header and
  footer with "Page X of Y", ``build_pdf``.
- :mod:`~careorganiser.pack.pdf.tables`: data tables in chunks, label/value tables, framed boxes.
- :mod:`~careorganiser.pack.pdf.charts`: a measurement's trend chart and the symptom sparkline.

The documents themselves are one module each: the appointment pack (:mod:`careorganiser.pack.render`), the
medication card (:mod:`~careorganiser.pack.card`), the ride sheet (:mod:`~careorganiser.pack.ridesheet`) and the
handover sheet (:mod:`~careorganiser.pack.handover`). Gathering (:mod:`~careorganiser.pack.gather`) loads none
of this: its words come from :mod:`careorganiser.pack.wording`.
"""
