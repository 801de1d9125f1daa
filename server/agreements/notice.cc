#include "agreements/notice.h"

#include <string_view>

#include "absl/strings/str_format.h"
#include "absl/time/time.h"
#include "agency/calendar.h"
#include "agreements/positions.h"

namespace vaktbro::agreements {
namespace {

using v1::Agreement;

std::string_view IdOf(std::string_view name) {
  const size_t slash = name.find('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

std::string Percent(double p) { return absl::StrFormat("%g %%", p); }

std::string SplitText(const Agreement& a) {
  static constexpr const char* kDays[] = {"", "mandag", "tirsdag", "onsdag", "torsdag",
                                          "fredag", "lørdag", "søndag"};
  switch (a.split_pattern()) {
    case Agreement::FIXED_WEEKDAYS: {
      std::string days;
      for (int d : a.secondary_weekdays()) {
        if (d < 1 || d > 7) continue;
        if (!days.empty()) days += ", ";
        days += kDays[d];
      }
      return "faste ukedager hos bierverv-arbeidsgiveren (" + days + ")";
    }
    case Agreement::ALTERNATING_WEEKS:
      return "annenhver uke, første uke hos bierverv-arbeidsgiveren er uken med " +
             IsoDate(a.first_secondary_week());
    case Agreement::SHIFT_BY_SHIFT:
      return "vakt for vakt gjennom vaktbørsen";
    default:
      return "ikke angitt";
  }
}

}  // namespace

std::string NoticeText(const v1::SecondaryWorkNotice& n, const Agreement& a) {
  const bool secondment = a.kind() == Agreement::SECONDMENT;
  std::string t;
  t += "MELDING OM BIERVERV\n";
  t += "etter helsepersonelloven § 19\n\n";
  t += absl::StrFormat("Til:          %s (hovedarbeidsgiver)\n", n.main_employer_display_name());
  t += absl::StrFormat("Fra:          %s\n", n.person_display_name());
  t += absl::StrFormat("Dato:         %s\n\n",
                       absl::FormatTime("%Y-%m-%d", absl::FromUnixSeconds(n.create_time().seconds()),
                                        agency::Oslo()));
  t += absl::StrFormat("Jeg melder med dette at jeg har %s hos\n",
                       secondment ? "avtale om utlån (hospitering)" : "kombinert stilling med bierverv");
  t += absl::StrFormat("  %s\n", n.secondary_employer_display_name());
  t += absl::StrFormat("i %s stilling fra %s%s.\n\n", Percent(a.secondary_percent()),
                       IsoDate(a.start_date()),
                       a.has_end_date() ? " til og med " + IsoDate(a.end_date()) : ", uten sluttdato");
  t += absl::StrFormat("Hovedstilling: %s hos %s\n", Percent(a.main_percent()),
                       n.main_employer_display_name());
  t += absl::StrFormat("Fordeling:     %s\n", SplitText(a));
  t += absl::StrFormat("Avtale:        %s, godkjent av begge arbeidsgivere og akseptert av meg\n",
                       a.name());
  t += "\nArbeidstiden i begge stillinger sees samlet mot arbeidsmiljøloven kapittel 10,\n";
  t += "som jeg har samtykket til ved å akseptere avtalen.\n\n";
  t += "Helsepersonelloven § 19: Helsepersonell skal opplyse sin arbeidsgiver om\n";
  t += "bierverv som kan komme i konflikt med hovedstillingen.\n\n";
  t += "\n______________________________        ______________________________\n";
  t += "Arbeidstaker                           Mottatt av hovedarbeidsgiver\n";
  t += absl::StrFormat("\nReferanse: %s\n", n.name());
  return t;
}

v1::SecondaryWorkNotice MakeNotice(const Agreement& a, const NoticeParties& parties,
                                   const google::protobuf::Timestamp& now) {
  v1::SecondaryWorkNotice n;
  n.set_name("notices/" + std::string(IdOf(a.name())));
  n.set_agreement(a.name());
  n.set_person(a.person());
  n.set_main_employer(a.main_employer());
  n.set_secondary_employer(a.secondary_employer());
  n.set_kind(a.kind());
  n.set_secondary_percent(a.secondary_percent());
  *n.mutable_start_date() = a.start_date();
  if (a.has_end_date()) *n.mutable_end_date() = a.end_date();
  n.set_person_display_name(parties.person->display_name());
  n.set_main_employer_display_name(parties.main_employer->display_name());
  n.set_secondary_employer_display_name(parties.secondary_employer->display_name());
  *n.mutable_create_time() = now;
  n.set_text(NoticeText(n, a));
  return n;
}

}  // namespace vaktbro::agreements
