#include "board_view_model.h"

#include <wx/settings.h>

#include "absl/time/clock.h"
#include "i18n.h"
#include "oslo_time.h"

namespace vaktbro::gui {
namespace {

using client::BoardChange;
using client::BoardColumn;

// Shifts that start sooner than this are urgent: their start is bold.
constexpr absl::Duration kUrgent = absl::Hours(24);

}  // namespace

BoardViewModel::BoardViewModel(const client::BoardModel* board)
    : wxDataViewVirtualListModel(board->row_count()), board_(board) {}

void BoardViewModel::Reset() {
  wxDataViewVirtualListModel::Reset(board_->row_count());
}

void BoardViewModel::Applied(const BoardChange& change) {
  switch (change.kind) {
    case BoardChange::Kind::kNone:
      return;
    case BoardChange::Kind::kInserted:
      RowInserted(change.row);
      return;
    case BoardChange::Kind::kRemoved:
      RowDeleted(change.row);
      return;
    case BoardChange::Kind::kChanged:
      RowChanged(change.row);
      return;
    case BoardChange::Kind::kMoved:
      RowDeleted(change.old_row);
      RowInserted(change.row);
      return;
  }
}

void BoardViewModel::GetValueByRow(wxVariant& variant, unsigned row,
                                   unsigned col) const {
  if (row >= board_->row_count() || col >= client::kBoardColumnCount) {
    variant = wxString();
    return;
  }
  variant = ToWx(board_->CellText(row, static_cast<BoardColumn>(col)));
}

bool BoardViewModel::SetValueByRow(const wxVariant&, unsigned, unsigned) {
  return false;  // the board is read-only
}

bool BoardViewModel::GetAttrByRow(unsigned row, unsigned col,
                                  wxDataViewItemAttr& attr) const {
  if (row >= board_->row_count()) return false;
  const v1::Shift& shift = board_->ShiftAt(row);
  const absl::Duration until_start =
      client::FromTimestamp(shift.start_time()) - absl::Now();
  if (until_start < absl::ZeroDuration()) {
    // Started already and still not staffed: greyed, the chance has gone.
    attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    return true;
  }
  const auto column = static_cast<BoardColumn>(col);
  if (column == BoardColumn::kStart && until_start < kUrgent) {
    attr.SetBold(true);
    return true;
  }
  if (column == BoardColumn::kState &&
      shift.state() == v1::Shift::PARTLY_FILLED) {
    attr.SetColour(wxColour(0x8A, 0x5A, 0x00));
    return true;
  }
  return false;
}

}  // namespace vaktbro::gui
