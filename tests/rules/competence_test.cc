#include "competence.h"

#include "gtest/gtest.h"
#include "rules_test_util.h"

namespace vaktbro::rules {
namespace {

using testing::D;

CompetenceQuery Nurse() {
  CompetenceQuery q;
  q.rules = CompetenceRulesFor(DefaultRuleBook(), D(2025, 3, 4));
  q.required_profession = Profession::kNurse;
  q.professions = {Profession::kNurse};
  q.shift_date = D(2025, 3, 4);
  return q;
}

TEST(Competence, HeldProfessionNoFindings) {
  EXPECT_TRUE(CheckCompetence(Nurse()).empty());
  CompetenceQuery any = Nurse();
  any.required_profession = Profession::kUnspecified;
  any.professions = {};
  EXPECT_TRUE(CheckCompetence(any).empty());
}

TEST(Competence, MissingProfessionBlocks) {
  CompetenceQuery q = Nurse();
  q.professions = {Profession::kHealthWorker, Profession::kCareAssistant};
  const auto f = CheckCompetence(q);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "profession_missing");
  EXPECT_EQ(f[0].severity, Severity::kBlock);
  EXPECT_EQ(f[0].message_en,
            "Asks for: nurse; the person's professions: health worker, care "
            "assistant.");
  EXPECT_EQ(f[0].message_nb,
            "Krever sykepleier; personens yrker: helsefagarbeider, assistent.");
}

TEST(Competence, Substitutions) {
  CompetenceQuery q = Nurse();
  q.professions = {Profession::kSpecialistNurse};
  auto f = CheckCompetence(q);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "profession_substitution");
  EXPECT_EQ(f[0].severity, Severity::kInfo);
  EXPECT_EQ(
      f[0].message_en,
      "Asks for: nurse; covered by the person's profession specialist nurse.");
  // Not transitive unless listed: a health worker does not cover a nurse,
  // a nurse covers a health worker, and a midwife does not cover a nurse.
  q.professions = {Profession::kHealthWorker};
  EXPECT_EQ(CheckCompetence(q)[0].rule, "profession_missing");
  q.professions = {Profession::kMidwife};
  EXPECT_EQ(CheckCompetence(q)[0].rule, "profession_missing");
  q.required_profession = Profession::kCareAssistant;
  q.professions = {Profession::kSpecialistNurse};
  EXPECT_EQ(CheckCompetence(q)[0].rule, "profession_substitution");
  q.required_profession = Profession::kHealthWorker;
  q.professions = {Profession::kNurse};
  EXPECT_EQ(CheckCompetence(q)[0].rule, "profession_substitution");
}

TEST(Competence, MissingExpiredExpiring) {
  CompetenceQuery q = Nurse();
  q.required_competences = {"MEDIKAMENT", "HLR", "CVK", "TRIAGE", "DIALYSE"};
  q.competences = {{"MEDIKAMENT", std::nullopt},
                   {"HLR", D(2025, 3, 3)},      // expired the day before
                   {"CVK", D(2025, 3, 4)},      // valid through the shift's day
                   {"TRIAGE", D(2025, 4, 4)},   // 31 days after
                   {"TRIAGE", D(2025, 1, 1)}};  // an older certificate too
  const auto f = CheckCompetence(q);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].rule, "competence_expired");
  EXPECT_EQ(f[0].severity, Severity::kBlock);
  EXPECT_EQ(f[0].message_en,
            "The competence 'HLR' expired on 3 Mar 2025, before the shift on 4 "
            "Mar 2025.");
  EXPECT_EQ(f[0].message_nb,
            "Kompetansen «HLR» gikk ut 3. mars 2025, før vakten 4. mars 2025.");
  EXPECT_EQ(f[1].rule, "competence_expiring");
  EXPECT_EQ(f[1].severity, Severity::kInfo);
  EXPECT_EQ(f[1].actual, 0);
  EXPECT_EQ(f[1].limit, 30);
  EXPECT_EQ(f[2].rule, "competence_missing");
  EXPECT_EQ(f[2].message_en, "Lacks the competence 'DIALYSE'.");
  // 30 days is within the notice, 31 is not.
  q.required_competences = {"TRIAGE"};
  q.competences = {{"TRIAGE", D(2025, 4, 3)}};
  ASSERT_EQ(CheckCompetence(q).size(), 1u);
  EXPECT_EQ(CheckCompetence(q)[0].actual, 30);
  q.competences = {{"TRIAGE", D(2025, 4, 4)}};
  EXPECT_TRUE(CheckCompetence(q).empty());
}

TEST(Competence, NoRules) {
  CompetenceQuery q = Nurse();
  q.rules = nullptr;
  EXPECT_EQ(CheckCompetence(q)[0].rule, "invalid_query");
}

TEST(Profession, NamesAndAuthorisation) {
  EXPECT_EQ(ProfessionNameNb(Profession::kMidwife), "jordmor");
  EXPECT_EQ(ProfessionNameEn(static_cast<Profession>(8)), "care assistant");
  EXPECT_EQ(ProfessionNameEn(static_cast<Profession>(42)),
            "unknown profession");
  EXPECT_EQ(ParseProfessionKey("occupational_therapist"),
            Profession::kOccupationalTherapist);
  EXPECT_FALSE(ParseProfessionKey("Nurse"));
  EXPECT_TRUE(RequiresAuthorisation(Profession::kHealthWorker));
  EXPECT_FALSE(RequiresAuthorisation(Profession::kCareAssistant));
}

}  // namespace
}  // namespace vaktbro::rules
