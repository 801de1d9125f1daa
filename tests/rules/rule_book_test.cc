#include "rule_book.h"

#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "rules_test_util.h"

namespace vaktbro::rules {
namespace {

using testing::D;

TEST(DefaultRules, ParseAndHoldTheLawsNumbers) {
  absl::StatusOr<RuleBook> book = ParseRuleBook(DefaultRuleText());
  ASSERT_TRUE(book.ok()) << book.status();
  ASSERT_EQ(book->rule_sets.size(), 4u);
  const RuleSet& aml = book->rule_sets[0];
  EXPECT_EQ(aml.id, "aml-default-2024");
  EXPECT_EQ(aml.agreement, Agreement::kStatutory);
  EXPECT_EQ(aml.effective_from, D(2024, 1, 1));
  EXPECT_EQ(aml.daily_rest_hours.value, 11);
  EXPECT_EQ(aml.daily_rest_hours.law, "aml §10-8 (1)");
  EXPECT_EQ(aml.weekly_rest_hours.value, 35);
  EXPECT_EQ(aml.max_hours_per_day.value, 13);
  EXPECT_EQ(aml.max_hours_single_week.value, 50);
  EXPECT_EQ(aml.average_hours_per_week.value, 48);
  EXPECT_EQ(aml.averaging_weeks.value, 8);
  EXPECT_EQ(aml.normal_hours_per_week.value, 40);
  EXPECT_EQ(aml.normal_hours_per_week_rota.value, 38);
  EXPECT_EQ(aml.normal_hours_per_week_continuous.value, 36);
  EXPECT_EQ(aml.overtime_hours_per_week.value, 10);
  EXPECT_EQ(aml.overtime_hours_per_4_weeks.value, 25);
  EXPECT_EQ(aml.overtime_hours_per_52_weeks.value, 200);
  EXPECT_EQ(aml.sunday_rule.severity, Severity::kWarn);
  EXPECT_EQ(aml.sunday_rule.law, "aml §10-8 (4)");
  EXPECT_EQ(aml.night_rule.severity, Severity::kBlock);
  EXPECT_EQ(aml.night_max_hours_per_day.value, 8);
  EXPECT_EQ(aml.night_worker_min_hours.value, 3);

  const RuleSet* ks =
      RuleSetFor(book->rule_sets, Agreement::kKs, D(2025, 6, 1));
  ASSERT_NE(ks, nullptr);
  EXPECT_EQ(ks->id, "ks-2024");
  EXPECT_EQ(ks->overtime_hours_per_week.value, 20);
  EXPECT_EQ(ks->overtime_hours_per_4_weeks.value, 50);
  EXPECT_EQ(ks->overtime_hours_per_52_weeks.value, 300);
  EXPECT_EQ(ks->overtime_hours_per_52_weeks.law, "aml §10-6 (5)");
  EXPECT_EQ(ks->max_hours_single_week.value, 54);
  EXPECT_EQ(ks->daily_rest_hours.law, "aml §10-8 (1)");  // from the base
  EXPECT_EQ(RuleSetFor(book->rule_sets, Agreement::kSpekter, D(2025, 6, 1))->id,
            "spekter-2024");
  EXPECT_EQ(RuleSetFor(book->rule_sets, Agreement::kState, D(2025, 6, 1))->id,
            "state-2024");
  EXPECT_EQ(RuleSetFor(book->rule_sets, Agreement::kKs, D(2023, 12, 31)),
            nullptr);
}

TEST(DefaultRules, EveryNumberHasAReference) {
  for (const RuleSet& r : DefaultRuleBook().rule_sets) {
    for (const Param* p :
         {&r.daily_rest_hours, &r.night_until_hour, &r.sunday_from_hour,
          &r.overtime_hours_per_week, &r.averaging_weeks}) {
      EXPECT_FALSE(p->law.empty()) << r.id;
    }
  }
}

TEST(DefaultRules, PensionNumbersAndRateCards) {
  const RuleBook& book = DefaultRuleBook();
  const PensionRules* p2024 = PensionRulesFor(book, D(2024, 12, 31));
  const PensionRules* p2025 = PensionRulesFor(book, D(2025, 1, 1));
  ASSERT_NE(p2024, nullptr);
  ASSERT_NE(p2025, nullptr);
  EXPECT_EQ(p2024->unreduced_from_birth_year.value, 1963);
  EXPECT_EQ(p2024->enrolment_threshold_percent.value, 20);
  EXPECT_EQ(p2024->klp_nurse_threshold_percent.value, 20);
  EXPECT_EQ(p2025->klp_nurse_threshold_percent.value, 0);
  EXPECT_EQ(p2025->enrolment_threshold_percent.value, 20);
  EXPECT_EQ(p2025->afp_tolerance_municipal_nok.value, 30000);
  EXPECT_EQ(p2025->afp_tolerance_spk_nok.value, 15000);
  EXPECT_EQ(p2025->authorisation_age_limit.value, 75);
  EXPECT_EQ(PensionRulesFor(book, D(2023, 6, 1)), nullptr);

  EXPECT_EQ(PensjonistlonnRateFor(book, Agreement::kState, D(2023, 1, 1))
                ->nok_per_hour.value,
            233);
  EXPECT_EQ(PensjonistlonnRateFor(book, Agreement::kSpekter, D(2024, 1, 1))
                ->nok_per_hour.value,
            245);
  EXPECT_EQ(PensjonistlonnRateFor(book, Agreement::kSpekter, D(2023, 12, 31)),
            nullptr);
  EXPECT_EQ(PensjonistlonnRateFor(book, Agreement::kKs, D(2024, 1, 1))
                ->nok_per_hour.value,
            233);
  EXPECT_EQ(PensjonistlonnRateFor(book, Agreement::kStatutory, D(2025, 1, 1)),
            nullptr);
  EXPECT_EQ(HardRecruitmentRateFor(book, Agreement::kKs, Profession::kNurse,
                                   D(2025, 1, 1))
                ->nok_per_hour.value,
            287);
  EXPECT_EQ(HardRecruitmentRateFor(book, Agreement::kKs,
                                   Profession::kSpecialistNurse, D(2025, 1, 1))
                ->nok_per_hour.value,
            301);
  EXPECT_EQ(HardRecruitmentRateFor(book, Agreement::kKs, Profession::kPhysician,
                                   D(2025, 1, 1)),
            nullptr);
}

TEST(DefaultRules, Substitutions) {
  const CompetenceRules* c =
      CompetenceRulesFor(DefaultRuleBook(), D(2025, 1, 1));
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->expiry_notice_days.value, 30);
  EXPECT_EQ(c->substitutions.size(), 6u);
}

// A small valid text; tests break one line of it.
constexpr char kText[] = R"([working_time base-2024]
agreement = statutory
effective_from = 2024-01-01
normal_hours_per_week = 40 | aml §10-4 (1)
normal_hours_per_week_rota = 38 | aml §10-4 (4)
normal_hours_per_week_continuous = 36 | aml §10-4 (5)
max_hours_per_day = 13 | aml §10-6 (8)
max_hours_single_week = 50 | aml §10-5 (1)
average_hours_per_week = 48 | aml §10-6 (8)
averaging_weeks = 8 | aml §10-6 (8)
overtime_hours_per_week = 10 | aml §10-6 (4)
overtime_hours_per_4_weeks = 25 | aml §10-6 (4)
overtime_hours_per_52_weeks = 200 | aml §10-6 (4)
daily_rest_hours = 11 | aml §10-8 (1)
weekly_rest_hours = 35 | aml §10-8 (2)
sunday_rule = warn | aml §10-8 (4)
sunday_from_hour = 18 | aml §10-10 (1)
sunday_eve_from_hour = 15 | aml §10-10 (1)
sunday_may_eve_from_hour = 22 | 1947 Act §2
sunday_until_hour = 22 | aml §10-10 (1)
night_from_hour = 21 | aml §10-11 (1)
night_until_hour = 6 | aml §10-11 (1)
night_rule = block | aml §10-11 (6)
night_worker_min_hours = 3 | aml §10-11 (6)
night_max_hours_per_day = 8 | aml §10-11 (6)
night_averaging_weeks = 4 | aml §10-11 (6)

[working_time tariff-2025]
base = base-2024
agreement = ks
effective_from = 2025-01-01
daily_rest_hours = 8 | tariff
)";

std::string Replace(std::string text, std::string_view from,
                    std::string_view to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

TEST(ParseRuleSets, SmallTextAndBase) {
  absl::StatusOr<std::vector<RuleSet>> sets = ParseRuleSets(kText);
  ASSERT_TRUE(sets.ok()) << sets.status();
  ASSERT_EQ(sets->size(), 2u);
  EXPECT_EQ((*sets)[1].daily_rest_hours.value, 8);
  EXPECT_EQ((*sets)[1].daily_rest_hours.law, "tariff");
  EXPECT_EQ((*sets)[1].weekly_rest_hours.value, 35);
  EXPECT_EQ((*sets)[1].agreement, Agreement::kKs);
}

TEST(ParseRuleSets, PicksTheNewestInForce) {
  std::string text = kText;
  text +=
      "[working_time ks-2026]\nbase = tariff-2025\neffective_from = "
      "2026-01-01\n";
  absl::StatusOr<std::vector<RuleSet>> sets = ParseRuleSets(text);
  ASSERT_TRUE(sets.ok()) << sets.status();
  EXPECT_EQ(RuleSetFor(*sets, Agreement::kKs, D(2025, 12, 31))->id,
            "tariff-2025");
  EXPECT_EQ(RuleSetFor(*sets, Agreement::kKs, D(2026, 1, 1))->id, "ks-2026");
  EXPECT_EQ(RuleSetFor(*sets, Agreement::kStatutory, D(2026, 1, 1))->id,
            "base-2024");
}

struct ErrorCase {
  std::string text;
  std::string message;  // a part of the error message
};

TEST(ParseRuleSets, ErrorsNameTheLineAndKey) {
  const ErrorCase cases[] = {
      {Replace(kText, "daily_rest_hours = 11", "daily_rest_hour = 11"),
       "rule text line 14: [working_time base-2024] unknown key "
       "'daily_rest_hour'"},
      {Replace(kText, "weekly_rest_hours = 35 | aml §10-8 (2)\n", ""),
       "rule text line 1: [working_time base-2024] missing key "
       "'weekly_rest_hours'"},
      {Replace(kText, "daily_rest_hours = 11", "daily_rest_hours = eleven"),
       "line 14: [working_time base-2024] key 'daily_rest_hours': 'eleven' is "
       "not a number"},
      {Replace(kText, "daily_rest_hours = 11", "daily_rest_hours = 25"),
       "line 14: [working_time base-2024] key 'daily_rest_hours': 25 is not a "
       "number from 0 to 24"},
      {Replace(kText, "averaging_weeks = 8", "averaging_weeks = 8.5"),
       "line 10: [working_time base-2024] key 'averaging_weeks': 8.5 is not a "
       "whole number"},
      {Replace(kText, "effective_from = 2024-01-01",
               "effective_from = 2024-02-30"),
       "line 3: [working_time base-2024] key 'effective_from': '2024-02-30' is "
       "not a date"},
      {Replace(kText, "agreement = statutory", "agreement = nho"),
       "line 2: [working_time base-2024] key 'agreement': unknown agreement "
       "'nho'"},
      {Replace(kText, "sunday_rule = warn", "sunday_rule = maybe"),
       "line 16: [working_time base-2024] key 'sunday_rule': 'maybe' is not "
       "off"},
      {Replace(kText, "max_hours_per_day = 13 | aml §10-6 (8)",
               "max_hours_per_day = 13"),
       "line 7: [working_time base-2024] key 'max_hours_per_day' needs a "
       "reference"},
      {Replace(kText, "max_hours_per_day = 13 | aml §10-6 (8)",
               "max_hours_per_day = 13 |"),
       "line 7: key 'max_hours_per_day': empty reference"},
      {Replace(kText, "max_hours_per_day = 13",
               "max_hours_per_day = 13\nmax_hours_per_day = 12"),
       "line 8: [working_time base-2024] key 'max_hours_per_day' repeated "
       "(first on line 7)"},
      {Replace(kText, "base = base-2024", "base = nothing"),
       "line 29: [working_time tariff-2025] base 'nothing' is not an earlier "
       "section"},
      {Replace(kText, "[working_time tariff-2025]", "[working_time base-2024]"),
       "line 28: [working_time base-2024] id repeated"},
      {Replace(kText, "effective_from = 2025-01-01",
               "effective_from = 2024-01-01")
           .replace(std::string(kText).find("agreement = ks"), 14,
                    "agreement = statutory"),
       "line 28: [working_time tariff-2025] in force from the same day as "
       "'base-2024'"},
      {Replace(kText, "[working_time tariff-2025]", "[overtime tariff-2025]"),
       "line 28: [overtime tariff-2025] unknown kind 'overtime'"},
      {Replace(kText, "[working_time tariff-2025]", "[working_time]"),
       "line 28: a section header is '[kind id]'"},
      {std::string("daily_rest_hours = 11 | x\n") + kText,
       "line 1: key 'daily_rest_hours' before the first section"},
      {Replace(kText, "daily_rest_hours = 11", "daily rest hours = 11"),
       "line 14: bad key"},
      {Replace(kText, "daily_rest_hours = 11", "daily_rest_hours 11"),
       "line 14: expected 'key = value'"},
      {Replace(kText, "night_until_hour = 6", "night_until_hour = 22"),
       "line 1: [working_time base-2024] night_until_hour must be before "
       "night_from_hour"},
  };
  for (const ErrorCase& c : cases) {
    absl::StatusOr<std::vector<RuleSet>> sets = ParseRuleSets(c.text);
    ASSERT_FALSE(sets.ok()) << c.message;
    EXPECT_EQ(sets.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(absl::StrContains(sets.status().message(), c.message))
        << sets.status().message() << "\n  wanted: " << c.message;
  }
}

TEST(ParseRuleBook, OtherKindsErrors) {
  const ErrorCase cases[] = {
      {"[pensjonistlonn x]\nagreement = ks\neffective_from = 2024-01-01\n"
       "hard_recruitment_profession = plumber\nnok_per_hour = 1 | y\n",
       "line 4: [pensjonistlonn x] key 'hard_recruitment_profession': unknown "
       "profession "
       "'plumber'"},
      {"[pensjonistlonn x]\nagreement = ks\neffective_from = 2024-01-01\n",
       "line 1: [pensjonistlonn x] missing key 'nok_per_hour'"},
      {"[competence c]\neffective_from = 2024-01-01\nexpiry_notice_days = 30 | "
       "v\nnurse_covers = health_worker, wizard\n",
       "line 4: [competence c] key 'nurse_covers': unknown profession "
       "'wizard'"},
      {"[competence c]\neffective_from = 2024-01-01\nexpiry_notice_days = 30 | "
       "v\nplumber_covers = nurse\n",
       "line 4: [competence c] key 'plumber_covers': unknown profession "
       "'plumber'"},
      {"[pension p]\neffective_from = 2024-01-01\n",
       "line 1: [pension p] missing key"},
  };
  for (const ErrorCase& c : cases) {
    absl::StatusOr<RuleBook> book = ParseRuleBook(c.text);
    ASSERT_FALSE(book.ok()) << c.message;
    EXPECT_TRUE(absl::StrContains(book.status().message(), c.message))
        << book.status().message() << "\n  wanted: " << c.message;
  }
}

TEST(ParseRuleBook, CoversReplacesTheBasesList) {
  absl::StatusOr<RuleBook> book = ParseRuleBook(
      "[competence a]\neffective_from = 2024-01-01\nexpiry_notice_days = 30 | "
      "v\n"
      "nurse_covers = health_worker, care_assistant\nmidwife_covers = nurse\n"
      "[competence b]\nbase = a\neffective_from = 2025-01-01\nnurse_covers = "
      "care_assistant\n");
  ASSERT_TRUE(book.ok()) << book.status();
  EXPECT_EQ(book->competence[0].substitutions.size(), 3u);
  ASSERT_EQ(book->competence[1].substitutions.size(), 2u);
  EXPECT_EQ(book->competence[1].substitutions[0].covering,
            Profession::kMidwife);
  EXPECT_EQ(book->competence[1].substitutions[1].covered,
            Profession::kCareAssistant);
}

TEST(ParseRuleBookOver, ReplacesAndAddsOverTheDefaults) {
  absl::StatusOr<RuleBook> book = ParseRuleBookOver(
      DefaultRuleBook(),
      "[working_time ks-2024]\nbase = ks-2024\n"
      "daily_rest_hours = 8 | SFS 2305 (local agreement)\n"
      "[pensjonistlonn spekter-2025]\nagreement = spekter\n"
      "effective_from = 2025-01-01\nnok_per_hour = 250 | Spekter 2025\n");
  ASSERT_TRUE(book.ok()) << book.status();
  ASSERT_EQ(book->rule_sets.size(), 4u);
  const RuleSet* ks =
      RuleSetFor(book->rule_sets, Agreement::kKs, testing::D(2025, 1, 1));
  EXPECT_EQ(ks->daily_rest_hours.value, 8);
  EXPECT_EQ(ks->daily_rest_hours.law, "SFS 2305 (local agreement)");
  EXPECT_EQ(ks->overtime_hours_per_week.value, 20);  // kept
  EXPECT_EQ(
      PensjonistlonnRateFor(*book, Agreement::kSpekter, testing::D(2025, 1, 1))
          ->nok_per_hour.value,
      250);
  // The defaults themselves are untouched.
  EXPECT_EQ(RuleSetFor(DefaultRuleBook().rule_sets, Agreement::kKs,
                       testing::D(2025, 1, 1))
                ->daily_rest_hours.value,
            11);
}

TEST(ParseRuleBookOver, ReplacesOnlyOnce) {
  absl::StatusOr<RuleBook> book =
      ParseRuleBookOver(DefaultRuleBook(),
                        "[working_time ks-2024]\nbase = ks-2024\n"
                        "[working_time ks-2024]\nbase = ks-2024\n");
  ASSERT_FALSE(book.ok());
  EXPECT_TRUE(absl::StrContains(book.status().message(),
                                "line 3: [working_time ks-2024] id repeated"))
      << book.status();
}

}  // namespace
}  // namespace vaktbro::rules
