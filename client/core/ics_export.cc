#include "ics_export.h"

#include <libical/ical.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>

#include "absl/strings/str_cat.h"

namespace vaktbro::client {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype Utc(absl::Time time) {
  return icaltime_from_timet_with_zone(
      static_cast<time_t>(absl::ToUnixSeconds(time)), 0,
      icaltimezone_get_utc_timezone());
}

absl::Status Check(const IcsEvent& e, size_t i) {
  if (e.uid.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("events[", i, "].uid: must not be empty"));
  }
  if (e.end <= e.start) {
    return absl::InvalidArgumentError(
        absl::StrCat("events[", i, "].end: must be after start"));
  }
  return absl::OkStatus();
}

icalcomponent* MakeEvent(const IcsEvent& e, absl::Time stamp) {
  icalcomponent* event = icalcomponent_new_vevent();
  icalcomponent_add_property(event, icalproperty_new_uid(e.uid.c_str()));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(Utc(stamp)));
  icalcomponent_add_property(event, icalproperty_new_dtstart(Utc(e.start)));
  icalcomponent_add_property(event, icalproperty_new_dtend(Utc(e.end)));
  icalcomponent_add_property(event,
                             icalproperty_new_summary(e.summary.c_str()));
  if (!e.location.empty()) {
    icalcomponent_add_property(event,
                               icalproperty_new_location(e.location.c_str()));
  }
  if (!e.description.empty()) {
    icalcomponent_add_property(
        event, icalproperty_new_description(e.description.c_str()));
  }
  icalcomponent_add_property(event,
                             icalproperty_new_status(ICAL_STATUS_CONFIRMED));
  return event;
}

}  // namespace

absl::StatusOr<std::string> BuildIcs(const std::vector<IcsEvent>& events,
                                     absl::Time stamp) {
  for (size_t i = 0; i < events.size(); ++i) {
    if (absl::Status s = Check(events[i], i); !s.ok()) return s;
  }
  Component calendar(icalcomponent_new_vcalendar());
  if (!calendar) return absl::InternalError("libical: no calendar");
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(
      calendar.get(), icalproperty_new_prodid("-//vaktbro//vaktbro//NB"));
  icalcomponent_add_property(calendar.get(),
                             icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar.get(),
                             icalproperty_new_method(ICAL_METHOD_PUBLISH));
  for (const IcsEvent& e : events) {
    icalcomponent_add_component(calendar.get(), MakeEvent(e, stamp));
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  if (text == nullptr) {
    return absl::InternalError(
        absl::StrCat("libical: ", icalerror_strerror(icalerrno)));
  }
  std::string result(text);
  icalmemory_free_buffer(text);
  return result;
}

absl::Status WriteTextFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    return absl::InternalError(
        absl::StrCat("cannot write ", path, ": ", std::strerror(errno)));
  }
  out << text;
  out.close();
  if (!out) {
    return absl::InternalError(
        absl::StrCat("cannot write ", path, ": ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::client
