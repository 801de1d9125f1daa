// The rules about time off: overlap, daily rest, weekly rest, the Sunday rule.
#include <algorithm>
#include <optional>

#include "absl/strings/str_format.h"
#include "rule_format.h"
#include "working_time_rules.h"

namespace vaktbro::rules {
namespace {

double ToHours(absl::Duration d) { return absl::ToDoubleHours(d); }

Breach RestBreach(const RuleContext& c, const WorkItem& first,
                  const WorkItem& second, absl::Duration required) {
  const absl::Duration rest = second.start - first.end;
  return {
      ToHours(rest), ToHours(required),
      absl::StrFormat("%s hvile mellom %s og %s; %s kreves.",
                      FormatDuration(rest, Lang::kNb), LabelNb(c, first),
                      LabelNb(c, second), FormatDuration(required, Lang::kNb)),
      absl::StrFormat("%s rest between %s and %s; %s required.",
                      FormatDuration(rest, Lang::kEn), LabelEn(c, first),
                      LabelEn(c, second), FormatDuration(required, Lang::kEn))};
}

// The longest free stretch within [from, to) outside `blocks`.
absl::Duration LongestRest(const std::vector<TimeWindow>& blocks,
                           absl::Time from, absl::Time to) {
  absl::Duration longest = absl::ZeroDuration();
  absl::Time free_from = from;
  for (const TimeWindow& b : blocks) {
    longest = std::max(longest, std::min(b.start, to) - free_from);
    free_from = std::max(free_from, b.end);
  }
  return std::max(longest, to - free_from);
}

enum class Neighbour { kPrevious, kNext };

Breach SundayBreach(const RuleContext& c, const TimeWindow& worked,
                    const TimeWindow& other, const WorkItem& other_item,
                    Neighbour which) {
  const bool next = which == Neighbour::kNext;
  auto span = [](const TimeWindow& w, Lang lang) {
    const std::string from = FormatLocalTime(w.start, lang);
    const std::string to = FormatLocalTime(w.end, lang);
    return lang == Lang::kNb ? absl::StrFormat("fra %s til %s", from, to)
                             : absl::StrFormat("from %s to %s", from, to);
  };
  return {2, 1,
          absl::StrFormat(
              "Denne vakten er i søn- og helgedagstiden %s, og %s i den %s, "
              "%s; den som arbeider en søn- eller helgedag, skal ha fri "
              "den neste.",
              span(worked, Lang::kNb), LabelNb(c, other_item),
              next ? "neste" : "forrige", span(other, Lang::kNb)),
          absl::StrFormat(
              "This shift works the Sunday and holiday time %s, and %s the "
              "%s one, %s; who works a Sunday or holiday should be off the "
              "next one.",
              span(worked, Lang::kEn), LabelEn(c, other_item),
              next ? "next" : "previous", span(other, Lang::kEn))};
}

}  // namespace

std::string LabelNb(const RuleContext& c, const WorkItem& item) {
  if (&item == &c.candidate) return "denne vakten";
  return item.label.empty() ? "en annen vakt" : Quoted(item.label, Lang::kNb);
}

std::string LabelEn(const RuleContext& c, const WorkItem& item) {
  if (&item == &c.candidate) return "this shift";
  return item.label.empty() ? "another shift" : Quoted(item.label, Lang::kEn);
}

std::vector<Breach> CheckOverlap(const RuleContext& c) {
  std::vector<Breach> out;
  const WorkItem& cand = c.candidate;
  for (const WorkItem* w :
       c.timeline.Overlapping(cand.start, cand.end, &cand)) {
    const absl::Duration overlap =
        std::min(w->end, cand.end) - std::max(w->start, cand.start);
    out.push_back(
        {ToHours(overlap), 0,
         absl::StrFormat("Denne vakten overlapper %s (%s til %s).",
                         LabelNb(c, *w), FormatLocalTime(w->start, Lang::kNb),
                         FormatLocalTime(w->end, Lang::kNb)),
         absl::StrFormat("This shift overlaps %s (%s to %s).", LabelEn(c, *w),
                         FormatLocalTime(w->start, Lang::kEn),
                         FormatLocalTime(w->end, Lang::kEn))});
  }
  return out;
}

// Daily rest (aml §10-8 (1)): at least daily_rest_hours of continuous time
// off within 24 hours. Work that touches or overlaps is one working period
// (two back-to-back shifts are a long day, not a rest of 0 h: the hours rules
// judge its length). The 24 hours are counted from the start of a working
// period, as a working day is: every 24 h window that starts at the start of
// a period, at or before the candidate's period and reaching into it, must
// hold a rest of the required length. So a split shift 07-11 and 15-19 keeps
// the rule (12 h off from 19:00), and a night until 07:00 followed by 17:00
// the same day does not (10 h).
std::vector<Breach> CheckDailyRest(const RuleContext& c) {
  const absl::Duration required = absl::Hours(c.rules.daily_rest_hours.value);
  const absl::Duration day = absl::Hours(24);
  const WorkItem& cand = c.candidate;
  const auto& items = c.timeline.items();
  // The working periods near the candidate, with the items at their ends.
  struct Period {
    absl::Time start, end;
    const WorkItem* first;
    const WorkItem* last;
  };
  std::vector<Period> periods;
  for (size_t i = c.timeline.FirstStartingAt(cand.start - 2 * day - c.timeline.longest());
       i < items.size() && items[i]->start < cand.end + 2 * day; ++i) {
    const WorkItem* w = items[i];
    if (w->end <= w->start) continue;
    if (!periods.empty() && w->start <= periods.back().end) {
      if (w->end > periods.back().end) {
        periods.back().end = w->end;
        periods.back().last = w;
      }
      continue;
    }
    periods.push_back({w->start, w->end, w, w});
  }
  size_t k = 0;  // the candidate's period
  while (k < periods.size() && !(periods[k].start <= cand.start && cand.start < periods[k].end)) ++k;
  if (k == periods.size()) return {};
  const Period& mine = periods[k];
  std::vector<TimeWindow> blocks;
  for (const Period& p : periods) blocks.push_back({p.start, p.end});
  // Each failing window is put down to the short rest right before the
  // candidate's period, or right after it, or (neither being short: a long
  // period) to the period itself; each at most once, in time order.
  std::optional<Breach> before, after, itself;
  for (size_t s = 0; s < periods.size(); ++s) {
    const absl::Time from = periods[s].start;
    if (from > mine.start) break;
    if (from + day <= mine.start) continue;  // the window does not reach the candidate
    const absl::Duration longest = LongestRest(blocks, from, from + day);
    if (longest >= required) continue;
    if (k > 0 && mine.start - periods[k - 1].end < required && periods[k - 1].end > from) {
      if (!before) before = RestBreach(c, *periods[k - 1].last, cand, required);
    } else if (k + 1 < periods.size() && periods[k + 1].start - mine.end < required &&
               periods[k + 1].start < from + day) {
      if (!after) after = RestBreach(c, cand, *periods[k + 1].first, required);
    } else if (!itself) {
      itself = Breach{
          ToHours(longest), ToHours(required),
          absl::StrFormat("Lengste hvile i døgnet fra %s er %s; %s kreves.", FormatLocalTime(from, Lang::kNb),
                          FormatDuration(longest, Lang::kNb), FormatDuration(required, Lang::kNb)),
          absl::StrFormat("The longest rest in the 24 hours from %s is %s; %s required.",
                          FormatLocalTime(from, Lang::kEn), FormatDuration(longest, Lang::kEn),
                          FormatDuration(required, Lang::kEn))};
    }
  }
  // The candidate's own 24 hours may also end inside the next period.
  std::vector<Breach> out;
  for (std::optional<Breach>* b : {&before, &itself, &after}) {
    if (b->has_value()) out.push_back(**b);
  }
  return out;
}

// The weekly windows are those that start when the person stops working:
// [e, e + 7 d) for the end e of every other item with e <= start and
// e + 7 d >= end (so the window holds the whole candidate). Windows that
// start in the middle of a rest would count a regular Monday-to-Saturday
// week, with Sunday off, as a break; see working_time.h.
std::vector<Breach> CheckWeeklyRest(const RuleContext& c) {
  const absl::Duration required = absl::Hours(c.rules.weekly_rest_hours.value);
  const WorkItem& cand = c.candidate;
  const absl::Time lo = cand.end - kWeek;
  if (lo > cand.start) return {};  // no 7-day window holds the candidate
  const std::vector<TimeWindow> blocks =
      c.timeline.BusyBlocks(lo, cand.start + kWeek);
  const auto& items = c.timeline.items();
  const size_t stop = c.timeline.FirstStartingAt(cand.start);
  for (size_t i = c.timeline.FirstStartingAt(lo - c.timeline.longest());
       i < stop; ++i) {
    const absl::Time from = items[i]->end;
    if (items[i] == &cand || from < lo || from > cand.start) continue;
    const absl::Duration longest = LongestRest(blocks, from, from + kWeek);
    if (longest >= required) continue;
    return {{ToHours(longest), ToHours(required),
             absl::StrFormat(
                 "Lengste sammenhengende hvile i de 7 dagene fra %s til %s, "
                 "med denne vakten, er %s; %s kreves.",
                 FormatLocalTime(from, Lang::kNb),
                 FormatLocalTime(from + kWeek, Lang::kNb),
                 FormatDuration(longest, Lang::kNb),
                 FormatDuration(required, Lang::kNb)),
             absl::StrFormat(
                 "The longest continuous rest in the 7 days from %s to %s, "
                 "this shift included, is %s; %s required.",
                 FormatLocalTime(from, Lang::kEn),
                 FormatLocalTime(from + kWeek, Lang::kEn),
                 FormatDuration(longest, Lang::kEn),
                 FormatDuration(required, Lang::kEn))}};
  }
  return {};
}

std::vector<Breach> CheckSunday(const RuleContext& c) {
  const SundayHours hours = SundayHoursOf(c.rules);
  const WorkItem& cand = c.candidate;
  const std::vector<TimeWindow> worked =
      SundayHolidayPeriods(cand.start, cand.end, hours);
  std::vector<Breach> out;
  for (size_t i = 0; i < worked.size(); ++i) {
    // The pair (previous, first) once; (p, next) for each p, which also
    // covers two consecutive periods worked by the candidate itself.
    if (i == 0) {
      const TimeWindow prev =
          PreviousSundayHolidayPeriod(worked[i].start, hours);
      const auto there = c.timeline.Overlapping(prev.start, prev.end, nullptr);
      if (!there.empty())
        out.push_back(SundayBreach(c, worked[i], prev, *there.front(),
                                   Neighbour::kPrevious));
    }
    const TimeWindow next = NextSundayHolidayPeriod(worked[i].end, hours);
    const auto there = c.timeline.Overlapping(next.start, next.end, nullptr);
    if (!there.empty())
      out.push_back(
          SundayBreach(c, worked[i], next, *there.front(), Neighbour::kNext));
  }
  return out;
}

}  // namespace vaktbro::rules
