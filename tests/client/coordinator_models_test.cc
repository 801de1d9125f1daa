// The coordinator's view models without a server or a display: candidates
// with score parts and findings, the cascade's progress, the proposal
// review, presets and a week of shifts, the board's search and sorting,
// and how login errors are placed.
#include <string>
#include <vector>

#include "board_model.h"
#include "candidate_list.h"
#include "cascade_progress.h"
#include "gtest/gtest.h"
#include "login.h"
#include "proposal_review.h"
#include "shift_builders.h"
#include "shift_templates.h"

namespace vaktbro::client {
namespace {

using testing::MakeShift;
using testing::Oslo;

v1::Finding MakeFinding(v1::Finding::Severity severity, const std::string& en,
                        const std::string& nb, const std::string& law = "") {
  v1::Finding f;
  f.set_rule("daily_rest");
  f.set_severity(severity);
  f.set_message_en(en);
  f.set_message_nb(nb);
  f.set_law(law);
  return f;
}

v1::FindCandidatesResponse Response() {
  v1::FindCandidatesResponse r;
  v1::Candidate* kari = r.add_candidates();
  kari->set_person("people/p1");
  kari->set_display_name("Kari Nordmann");
  kari->set_employer("organisations/o1");
  kari->set_tier(v1::OWN_UNIT);
  kari->set_eligible(true);
  kari->set_score(87.54);
  kari->set_estimated_cost_nok(3412);
  auto* cost = kari->add_score_parts();
  cost->set_factor("cost");
  cost->set_points(40);
  cost->set_detail("412 NOK/h");
  auto* zero = kari->add_score_parts();
  zero->set_factor("travel");
  zero->set_points(0);
  auto* fam = kari->add_score_parts();
  fam->set_factor("familiarity");
  fam->set_points(12.5);
  *kari->add_findings() = MakeFinding(v1::Finding::WARN, "Long week", "Lang uke");
  v1::Candidate* ola = r.add_ineligible();
  ola->set_person("people/p2");
  ola->set_display_name("Ola");
  ola->set_tier(v1::PARTNER_STAFF);
  *ola->add_findings() = MakeFinding(v1::Finding::WARN, "Tired", "Trøtt");
  *ola->add_findings() =
      MakeFinding(v1::Finding::BLOCK, "Only 8 h rest", "Bare 8 t hvile", "aml §10-8 (1)");
  r.set_considered(12);
  return r;
}

TEST(CandidateListTest, CellsOfTheRankedList) {
  CandidateList list({.organisation_name = [](const std::string& o) {
    return o == "organisations/o1" ? "Vestvik kommune" : o;
  }});
  list.Set(Response());
  using C = CandidateColumn;
  const auto e = CandidateList::kEligible;
  EXPECT_EQ(list.size(e), 1u);
  EXPECT_EQ(list.considered(), 12);
  const std::vector<std::pair<C, std::string>> cases = {
      {C::kRank, "1"},
      {C::kName, "Kari Nordmann"},
      {C::kEmployer, "Vestvik kommune"},
      {C::kTier, "Own unit"},
      {C::kScore, "87.5"},
      {C::kCost, "3 412 kr"},
      {C::kFindings, "1 warning"},
      {C::kParts, "Cost +40.0, Knows the unit +12.5"},  // zero parts left out
  };
  for (const auto& [column, text] : cases) {
    EXPECT_EQ(list.Cell(e, 0, column), text) << static_cast<int>(column);
  }
  EXPECT_EQ(list.RowOf(e, "people/p1"), 0u);
  EXPECT_FALSE(list.RowOf(e, "people/p2").has_value());
}

TEST(CandidateListTest, WhyNotShowsTheBlockingFindingInTheChosenLanguage) {
  CandidateList english;
  english.Set(Response());
  const auto i = CandidateList::kIneligible;
  EXPECT_EQ(english.Cell(i, 0, CandidateColumn::kFindings), "Only 8 h rest");
  EXPECT_EQ(english.Cell(i, 0, CandidateColumn::kScore), "-");
  CandidateList norwegian({.norwegian = true});
  norwegian.Set(Response());
  EXPECT_EQ(norwegian.Cell(i, 0, CandidateColumn::kFindings), "Bare 8 t hvile");
  // Details: most severe first, with the law.
  EXPECT_EQ(english.Details(english.At(i, 0)),
            "Estimated cost  0 kr\nBlocks: Only 8 h rest (aml §10-8 (1))\n"
            "Warning: Tired");
}

TEST(CandidateListTest, DetailsListEveryScorePartAndTheTotal) {
  CandidateList list;
  list.Set(Response());
  EXPECT_EQ(list.Details(list.At(CandidateList::kEligible, 0)),
            "Cost  +40.0  (412 NOK/h)\nTravel  +0.0\nKnows the unit  +12.5\n"
            "Score  87.5\nEstimated cost  3 412 kr\nWarning: Long week");
}

TEST(FormatKronerTest, GroupsOfThree) {
  const std::vector<std::pair<int64_t, std::string>> cases = {
      {0, "0 kr"}, {999, "999 kr"}, {1000, "1 000 kr"},
      {1234567, "1 234 567 kr"}, {-4500, "-4 500 kr"}};
  for (const auto& [kroner, text] : cases) EXPECT_EQ(FormatKroner(kroner), text);
}

v1::Cascade RunningCascade() {
  v1::Cascade c;
  c.set_state(v1::Cascade::RUNNING);
  c.set_step_index(1);
  c.set_tier(v1::EMPLOYER_POOL);
  *c.mutable_next_step_time() = ToTimestamp(Oslo(2026, 11, 24, 14, 30));
  for (auto [tier, minutes] : {std::pair{v1::OWN_UNIT, 60},
                               {v1::EMPLOYER_POOL, 60}, {v1::AGENCY, 0}}) {
    auto* step = c.mutable_policy()->add_steps();
    step->set_tier(tier);
    step->set_minutes(minutes);
  }
  auto* log = c.add_log();
  *log->mutable_time() = ToTimestamp(Oslo(2026, 11, 24, 13, 30));
  log->set_tier(v1::OWN_UNIT);
  log->set_event(v1::Cascade::Step::OFFERED);
  log->set_person("people/p1");
  return c;
}

TEST(CascadeProgressTest, StagesHeadlineAndLog) {
  const CascadeProgress p = DescribeCascade(
      RunningCascade(),
      {.person_name = [](const std::string&) { return std::string("Kari"); }});
  ASSERT_EQ(p.stages.size(), 3u);
  EXPECT_TRUE(p.running);
  EXPECT_EQ(p.stages[0].label, "Own unit (60 min)");
  EXPECT_EQ(p.stages[0].status, CascadeStage::Status::kDone);
  EXPECT_EQ(p.stages[1].status, CascadeStage::Status::kCurrent);
  EXPECT_EQ(p.stages[2].label, "Agency");
  EXPECT_EQ(p.stages[2].status, CascadeStage::Status::kWaiting);
  EXPECT_EQ(p.headline, "Running: Employer's pool, next tier at 14:30");
  ASSERT_EQ(p.log.size(), 1u);
  EXPECT_EQ(p.log[0], "24.11 13:30  Own unit  Offered  Kari");
}

TEST(CascadeProgressTest, FilledIsDoneUpToItsStep) {
  v1::Cascade c = RunningCascade();
  c.set_state(v1::Cascade::FILLED);
  const CascadeProgress p = DescribeCascade(c, {});
  EXPECT_FALSE(p.running);
  EXPECT_EQ(p.headline, "Filled");
  EXPECT_EQ(p.stages[1].status, CascadeStage::Status::kDone);
  EXPECT_EQ(p.stages[2].status, CascadeStage::Status::kWaiting);
}

v1::Proposal MakeProposal() {
  v1::Proposal p;
  p.set_name("proposals/x");
  for (int i = 0; i < 3; ++i) {
    auto* item = p.add_items();
    item->set_shift("shifts/s" + std::to_string(i));
    item->set_shift_title("Night " + std::to_string(i));
    item->set_display_name("Person " + std::to_string(i));
    item->set_estimated_cost_nok(1000 * (i + 1));
    *item->mutable_start_time() = ToTimestamp(Oslo(2026, 11, 24 + i, 22));
  }
  *p.mutable_items(1)->add_warnings() =
      MakeFinding(v1::Finding::WARN, "Long week", "Lang uke");
  p.add_accepted_items(2);
  p.set_open_places(5);
  p.set_proposed_places(3);
  p.set_total_cost_nok(6000);
  p.set_warning_count(1);
  return p;
}

TEST(ProposalReviewTest, TicksOpenItemsAndSendsTheTicked) {
  ProposalReview review;
  review.Set(MakeProposal());
  EXPECT_EQ(review.CheckedItems(), (std::vector<int>{0, 1}));
  EXPECT_FALSE(review.SetChecked(2, true));  // already accepted
  EXPECT_TRUE(review.SetChecked(0, false));
  EXPECT_EQ(review.CheckedItems(), (std::vector<int>{1}));
  EXPECT_EQ(review.Cell(1, ProposalColumn::kWarnings), "Long week");
  EXPECT_EQ(review.Cell(2, ProposalColumn::kResult), "Already done");
  EXPECT_EQ(review.Cell(0, ProposalColumn::kStart), "Tue 24.11.2026 22:00");
  EXPECT_EQ(review.Summary(),
            "3 of 5 open places filled, 6 000 kr, 1 warning");
  review.CheckAll(true);
  EXPECT_EQ(review.CheckedItems(), (std::vector<int>{0, 1}));
}

TEST(ProposalReviewTest, ResultsPerItem) {
  ProposalReview review;
  review.Set(MakeProposal());
  v1::AcceptProposalResponse response;
  auto* refused = response.add_refused();
  refused->set_item(1);
  refused->set_reason("the shift is filled");
  v1::Proposal after = MakeProposal();
  after.add_accepted_items(0);
  after.add_accepted_items(1);
  *response.mutable_proposal() = after;
  review.SetResult(response);
  EXPECT_EQ(review.Cell(0, ProposalColumn::kResult), "Booked");
  EXPECT_EQ(review.Cell(1, ProposalColumn::kResult),
            "Refused: the shift is filled");
  EXPECT_EQ(review.ResultSummary(), "1 booked, 1 refused");
  EXPECT_TRUE(review.CheckedItems().empty());
}

TEST(ShiftTemplatesTest, PresetsAreDayEveningNight) {
  const std::vector<ShiftPreset>& presets = ShiftPresets();
  ASSERT_EQ(presets.size(), 3u);
  EXPECT_EQ(PresetOf(ShiftPreset::Kind::kNight).start_minute, 22 * 60 + 30);
  EXPECT_LT(PresetOf(ShiftPreset::Kind::kNight).end_minute,
            PresetOf(ShiftPreset::Kind::kNight).start_minute);  // next day
}

TEST(ShiftTemplatesTest, ExpandWeekMakesOneShiftPerTickedDay) {
  v1::Shift prototype = MakeShift("proto", Oslo(2026, 1, 1, 7));
  prototype.set_etag("e");
  // Week of Monday 23 March 2026; the clocks go forward in the night to
  // Sunday 29th.
  const Weekdays days = {true, false, false, false, false, true, false};
  const ShiftPreset& night = PresetOf(ShiftPreset::Kind::kNight);
  const std::vector<v1::Shift> shifts =
      ExpandWeek(prototype, absl::CivilDay(2026, 3, 23), days,
                 night.start_minute, night.end_minute);
  ASSERT_EQ(shifts.size(), 2u);
  EXPECT_EQ(FromTimestamp(shifts[0].start_time()), Oslo(2026, 3, 23, 22, 30));
  EXPECT_EQ(FromTimestamp(shifts[0].end_time()), Oslo(2026, 3, 24, 7, 30));
  // Saturday's night is an hour shorter across the change.
  EXPECT_EQ(FromTimestamp(shifts[1].end_time()) -
                FromTimestamp(shifts[1].start_time()),
            absl::Hours(8));
  EXPECT_TRUE(shifts[0].name().empty());
  EXPECT_TRUE(shifts[0].etag().empty());
  EXPECT_EQ(shifts[0].unit(), "units/u1");
  EXPECT_EQ(DayRequestId("abc", 6), "abc-d6");
}

TEST(BoardSearchTest, SearchMatchesTitleUnitAndOrganisation) {
  BoardModel board;
  v1::Unit unit;
  unit.set_name("units/u1");
  unit.set_display_name("Medisinsk sengepost");
  board.SetDirectory({}, {unit});
  v1::Shift night = MakeShift("a", Oslo(2026, 3, 1, 22));
  night.set_title("Natt ØYE");
  v1::Shift day = MakeShift("b", Oslo(2026, 3, 1, 7));
  day.set_unit("units/u2");
  board.FinishLoad(board.BeginLoad(), {night, day});
  const std::vector<std::pair<std::string, size_t>> cases = {
      {"", 2}, {"natt", 1}, {"øye", 1}, {"MEDISINSK", 1}, {"nurse", 2},
      {"nothing", 0}};
  for (const auto& [text, rows] : cases) {
    board.SetSearch(text);
    EXPECT_EQ(board.row_count(), rows) << text;
  }
}

TEST(BoardSearchTest, SortsByColumnAndKeepsEventsInPlace) {
  BoardModel board;
  v1::Shift a = MakeShift("a", Oslo(2026, 3, 1, 7));
  a.set_title("Charlie");
  v1::Shift b = MakeShift("b", Oslo(2026, 3, 2, 7));
  b.set_title("alpha");
  board.FinishLoad(board.BeginLoad(), {a, b});
  board.SetSort(BoardColumn::kTitle, true);
  EXPECT_EQ(board.CellText(0, BoardColumn::kTitle), "alpha");
  board.SetSort(BoardColumn::kTitle, false);
  EXPECT_EQ(board.CellText(0, BoardColumn::kTitle), "Charlie");
  v1::Shift c = MakeShift("c", Oslo(2026, 3, 3, 7), 2);
  c.set_title("Bravo");
  const BoardChange change =
      board.Apply(testing::Event(v1::ShiftEvent::POSTED, c));
  EXPECT_EQ(change.kind, BoardChange::Kind::kInserted);
  EXPECT_EQ(change.row, 1u);
  board.SetSort(BoardColumn::kStart, false);
  EXPECT_EQ(board.CellText(0, BoardColumn::kTitle), "Bravo");
}

TEST(LoginErrorTest, EachErrorGoesUnderItsField) {
  using F = LoginError::Field;
  const std::vector<std::pair<absl::Status, F>> cases = {
      {absl::UnauthenticatedError("wrong login or password"), F::kPassword},
      {absl::ResourceExhaustedError("wait 30 s"), F::kPassword},
      {absl::UnavailableError("connect failed"), F::kServer},
      {absl::DeadlineExceededError("late"), F::kServer},
      {absl::InvalidArgumentError("plaintext: only to loopback"), F::kServer},
      {absl::InvalidArgumentError("login: 3-64 of [a-z0-9._-]"), F::kLogin},
      {absl::InternalError("boom"), F::kGeneral},
  };
  for (const auto& [status, field] : cases) {
    EXPECT_EQ(DescribeLoginError(status).field, field) << status;
  }
  EXPECT_EQ(DescribeLoginError(absl::InternalError("boom")).detail, "boom");
}

}  // namespace
}  // namespace vaktbro::client
