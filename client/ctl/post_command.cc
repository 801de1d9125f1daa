// shifts post.
#include "absl/status/status.h"
#include "command_helpers.h"
#include "commands.h"
#include "local_time.h"
#include "names.h"

namespace vaktbro::ctl {
namespace {

// The shift's times from --date, --start, --end and --end-date.
absl::Status SetTimes(const PostShiftOptions& o, v1::Shift* shift) {
  absl::StatusOr<absl::CivilDay> day = ParseDay(o.date);
  if (!day.ok()) return ForFlag("--date", day.status());
  absl::StatusOr<int> start = ParseClock(o.start);
  if (!start.ok()) return ForFlag("--start", start.status());
  absl::StatusOr<int> end = ParseClock(o.end);
  if (!end.ok()) return ForFlag("--end", end.status());
  absl::CivilDay end_day = *end <= *start ? *day + 1 : *day;
  if (!o.end_date.empty()) {
    absl::StatusOr<absl::CivilDay> given = ParseDay(o.end_date);
    if (!given.ok()) return ForFlag("--end-date", given.status());
    end_day = *given;  // taken as given: the server judges the order
  }
  *shift->mutable_start_time() = ToProto(OsloTime(*day, *start));
  *shift->mutable_end_time() = ToProto(OsloTime(end_day, *end));
  return absl::OkStatus();
}

absl::StatusOr<v1::PostShiftRequest> BuildPostRequest(
    const PostShiftOptions& o) {
  v1::PostShiftRequest request;
  request.set_request_id(RequestIdOr(o.request_id));
  request.set_draft(o.draft);
  v1::Shift* shift = request.mutable_shift();
  shift->set_organisation(NameOf("organisations", o.organisation));
  shift->set_unit(NameOf("units", o.unit));
  shift->set_title(o.title);
  if (absl::Status s = SetTimes(o, shift); !s.ok()) return s;
  absl::StatusOr<v1::Profession> profession = ParseProfession(o.profession);
  if (!profession.ok()) return ForFlag("--profession", profession.status());
  shift->set_profession(*profession);
  for (const std::string& code : o.competences) shift->add_competences(code);
  shift->set_headcount(o.headcount);
  absl::StatusOr<v1::Shift::Reason> reason = ParseReason(o.reason);
  if (!reason.ok()) return ForFlag("--reason", reason.status());
  shift->set_reason(*reason);
  absl::StatusOr<v1::Shift::Visibility> visibility =
      ParseVisibility(o.visibility);
  if (!visibility.ok()) return ForFlag("--visibility", visibility.status());
  shift->set_visibility(*visibility);
  shift->set_note(o.note);
  return request;
}

}  // namespace

absl::Status RunShiftsPost(Connection& c, const PostShiftOptions& options,
                           std::ostream& out) {
  absl::StatusOr<v1::PostShiftRequest> request = BuildPostRequest(options);
  if (!request.ok()) return request.status();
  absl::StatusOr<v1::Shift> shift =
      c.Call<v1::Shift>([&](auto* ctx, auto* resp) {
        return c.shifts().PostShift(ctx, *request, resp);
      });
  if (!shift.ok()) return shift.status();
  out << shift->name() << "\n";
  return absl::OkStatus();
}

}  // namespace vaktbro::ctl
