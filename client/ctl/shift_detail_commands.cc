// shifts get, shifts cancel and shifts publish.
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "command_helpers.h"
#include "fill_commands.h"
#include "local_time.h"
#include "names.h"

namespace vaktbro::ctl {
namespace {

// "Mon 2026-11-23 07:00"
std::string DayAndClock(absl::Time t) {
  return absl::FormatTime("%a %Y-%m-%d %H:%M", t, OsloZone());
}

// "Mon 2026-11-23 07:00-15:00", or with the end's day when it differs.
std::string ShiftTime(const v1::Shift& s) {
  const absl::Time start = FromProto(s.start_time());
  const absl::Time end = FromProto(s.end_time());
  if (FormatIsoDay(start) == FormatIsoDay(end)) {
    return absl::StrCat(DayAndClock(start), "-", FormatClock(end));
  }
  return absl::StrCat(DayAndClock(start), " - ", DayAndClock(end));
}

// "Medisinsk sengepost (vestvik-sykehus-medisin)"; the id alone when the
// unit cannot be read.
std::string UnitLabel(Connection& c, const std::string& unit) {
  v1::GetRequest get;
  get.set_name(unit);
  absl::StatusOr<v1::Unit> u = c.Call<v1::Unit>([&](auto* ctx, auto* resp) {
    return c.directory().GetUnit(ctx, get, resp);
  });
  if (!u.ok()) return std::string(IdOf(unit));
  return absl::StrCat(u->display_name(), " (", IdOf(unit), ")");
}

void PrintField(absl::string_view label, absl::string_view value,
                std::ostream& out) {
  if (value.empty()) return;
  // Continuation lines of a multi-line note line up with the first.
  out << absl::StrFormat(
      "  %-14s%s\n", absl::StrCat(label, ":"),
      absl::StrReplaceAll(value, {{"\n", "\n                "}}));
}

void PrintShift(const v1::Shift& s, const std::string& unit,
                std::ostream& out) {
  out << s.name() << "\n";
  PrintField("Title", s.title(), out);
  PrintField("Organisation", IdOf(s.organisation()), out);
  PrintField("Unit", unit, out);
  PrintField("Time", absl::StrCat(ShiftTime(s), " (Europe/Oslo)"), out);
  PrintField("Profession", ProfessionWord(s.profession()), out);
  PrintField("Competences", absl::StrJoin(s.competences(), ", "), out);
  PrintField("Filled", absl::StrCat(s.filled_count(), "/", s.headcount()), out);
  PrintField("State", ShiftStateWord(s.state()), out);
  PrintField("Reason", ReasonWord(s.reason()), out);
  PrintField("Visibility", VisibilityWord(s.visibility()), out);
  PrintField("Note", s.note(), out);
  PrintField("Etag", s.etag(), out);
}

enum class ShiftAction { kCancel, kPublish };

absl::Status Transition(Connection& c, ShiftAction action,
                        const ShiftTransitionOptions& o, std::ostream& out) {
  v1::ShiftTransitionRequest request;
  request.set_name(NameOf("shifts", o.shift));
  request.set_etag(o.etag);
  request.set_request_id(RequestIdOr(o.request_id));
  request.set_reason(o.reason);
  absl::StatusOr<v1::Shift> shift =
      c.Call<v1::Shift>([&](auto* ctx, auto* resp) {
        return action == ShiftAction::kCancel
                   ? c.shifts().CancelShift(ctx, request, resp)
                   : c.shifts().PublishShift(ctx, request, resp);
      });
  if (!shift.ok()) return shift.status();
  out << shift->name() << " " << ShiftStateWord(shift->state()) << "\n";
  return absl::OkStatus();
}

}  // namespace

absl::Status RunShiftsGet(Connection& c, const std::string& shift,
                          std::ostream& out) {
  v1::GetRequest get;
  get.set_name(NameOf("shifts", shift));
  absl::StatusOr<v1::Shift> s = c.Call<v1::Shift>([&](auto* ctx, auto* resp) {
    return c.shifts().GetShift(ctx, get, resp);
  });
  if (!s.ok()) return s.status();
  PrintShift(*s, UnitLabel(c, s->unit()), out);
  return absl::OkStatus();
}

absl::Status RunShiftsCancel(Connection& c,
                             const ShiftTransitionOptions& options,
                             std::ostream& out) {
  return Transition(c, ShiftAction::kCancel, options, out);
}

absl::Status RunShiftsPublish(Connection& c,
                              const ShiftTransitionOptions& options,
                              std::ostream& out) {
  return Transition(c, ShiftAction::kPublish, options, out);
}

}  // namespace vaktbro::ctl
