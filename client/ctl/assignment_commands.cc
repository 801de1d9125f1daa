// assignments list, accept, decline and withdraw.
#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "command_helpers.h"
#include "fill_commands.h"
#include "local_time.h"
#include "names.h"
#include "table.h"

namespace vaktbro::ctl {
namespace {

absl::StatusOr<v1::ListAssignmentsRequest> BuildListRequest(
    const AssignmentFilter& filter) {
  if (filter.person.empty() == filter.shift.empty()) {
    return absl::InvalidArgumentError(
        "give exactly one of --person and --shift");
  }
  v1::ListAssignmentsRequest request;
  request.set_person(NameOf("people", filter.person));
  request.set_shift(NameOf("shifts", filter.shift));
  for (const std::string& word : filter.states) {
    absl::StatusOr<v1::Assignment::State> state = ParseAssignmentState(word);
    if (!state.ok()) return ForFlag("--state", state.status());
    if (std::find(request.states().begin(), request.states().end(), *state) ==
        request.states().end()) {
      request.add_states(*state);
    }
  }
  return request;
}

void PrintAssignments(const std::vector<v1::Assignment>& assignments,
                      std::ostream& out) {
  TextTable table({"ASSIGNMENT", "SHIFT", "PERSON", "POSITION", "EMPLOYER",
                   "DATE", "TIME", "STATE"});
  for (const v1::Assignment& a : assignments) {
    const absl::Time start = FromProto(a.start_time());
    const absl::Time end = FromProto(a.end_time());
    table.AddRow({std::string(IdOf(a.name())), std::string(IdOf(a.shift())),
                  std::string(IdOf(a.person())),
                  std::string(IdOf(a.position())),
                  std::string(IdOf(a.employer())),
                  absl::StrCat(absl::FormatTime("%a ", start, OsloZone()),
                               FormatIsoDay(start)),
                  absl::StrCat(FormatClock(start), "-", FormatClock(end)),
                  std::string(AssignmentStateWord(a.state()))});
  }
  table.Print(out);
}

}  // namespace

absl::Status RunAssignmentsList(Connection& c, const AssignmentFilter& filter,
                                std::ostream& out) {
  absl::StatusOr<v1::ListAssignmentsRequest> request = BuildListRequest(filter);
  if (!request.ok()) return request.status();
  absl::StatusOr<std::vector<v1::Assignment>> assignments =
      ListAllAssignments(c, *request);
  if (!assignments.ok()) return assignments.status();
  if (assignments->empty()) {
    out << "No assignments match.\n";
    return absl::OkStatus();
  }
  PrintAssignments(*assignments, out);
  out << assignments->size()
      << (assignments->size() == 1 ? " assignment" : " assignments")
      << " (times in Europe/Oslo).\n";
  return absl::OkStatus();
}

absl::Status RunAssignmentTransition(Connection& c, AssignmentAction action,
                                     const AssignmentTransitionOptions& o,
                                     std::ostream& out) {
  v1::AssignmentTransitionRequest request;
  request.set_name(NameOf("assignments", o.assignment));
  request.set_etag(o.etag);
  request.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<v1::Assignment> assignment =
      c.Call<v1::Assignment>([&](auto* ctx, auto* resp) {
        switch (action) {
          case AssignmentAction::kAccept:
            return c.shifts().AcceptOffer(ctx, request, resp);
          case AssignmentAction::kDecline:
            return c.shifts().DeclineOffer(ctx, request, resp);
          case AssignmentAction::kWithdraw:
            break;
        }
        return c.shifts().WithdrawAssignment(ctx, request, resp);
      });
  if (!assignment.ok()) return assignment.status();
  out << assignment->name() << " " << AssignmentStateWord(assignment->state())
      << "\n";
  return absl::OkStatus();
}

}  // namespace vaktbro::ctl
