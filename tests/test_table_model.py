"""The shared snapshot table model: plain rows, paging, and the model tester."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from careorganiser.ui.table_model import ROW_ID_ROLE, Column, SnapshotTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


COLUMNS = [Column("Id", lambda r: str(r.id), align_right=True), Column("Name", lambda r: r.name)]


def test_rows_and_model_tester(qtmodeltester) -> None:
    model = SnapshotTableModel(COLUMNS)
    model.set_rows([Row(1, "Ann"), Row(2, "Łukasz")])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "Łukasz"
    assert model.data(model.index(1, 0), ROW_ID_ROLE) == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    model.update_row(Row(2, "Lukas"))
    assert model.data(model.index(1, 1)) == "Lukas"


def test_paging_fetches_until_exhausted_and_never_inside_itself(qtmodeltester) -> None:
    data = [Row(i, f"n{i}") for i in range(450)]
    calls: list[tuple[int, int]] = []
    model: SnapshotTableModel

    def fetch(offset: int, limit: int) -> list[Row]:
        calls.append((offset, limit))
        # A view asking for more while a page is being fetched must not start another fetch.
        assert not model.canFetchMore()
        model.fetchMore()
        return data[offset:offset + limit]

    model = SnapshotTableModel(COLUMNS, fetch_page=fetch, page_size=200)
    model.reload()
    assert model.rowCount() == 200
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert calls == [(0, 200), (200, 200), (400, 200)]
    assert not model.canFetchMore()
