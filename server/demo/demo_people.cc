// People of the demo region and their MAIN, POOL and PENSIONER positions.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>

#include "demo_random.h"
#include "demo_world.h"

namespace vaktbro::demo::internal {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

// Lower-case ASCII for e-mail addresses: æ -> ae, ø -> o, å -> a, é -> e.
std::string EmailPart(std::string_view utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      if (c != ' ')
        out.push_back(
            static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
      continue;
    }
    const std::string_view two = utf8.substr(i, 2);
    if (two == "æ" || two == "Æ") out += "ae";
    if (two == "ø" || two == "Ø") out += "o";
    if (two == "å" || two == "Å") out += "a";
    if (two == "é") out += "e";
    ++i;  // every non-ASCII letter in the name lists is two bytes long
  }
  return out;
}

int FemalePercent(v1::Profession p) {
  switch (p) {
    case v1::PHYSICIAN:
      return 50;
    case v1::PHYSIOTHERAPIST:
      return 60;
    case v1::CARE_ASSISTANT:
      return 70;
    default:
      return 87;
  }
}

// Born 1962 or earlier, or 1963 and later: the pension rules differ.
enum class Cohort { kBefore1963, kFrom1963 };

int MaxShifts(double percentage) {
  return std::max(1, static_cast<int>(std::lround(percentage * 17 / 100)));
}

// `candidate`, or with the lowest numeric suffix from 2 that is still free.
std::string Unique(std::set<std::string>& used, const std::string& candidate) {
  std::string result = candidate;
  for (int n = 2; used.count(result); ++n)
    result = candidate + std::to_string(n);
  used.insert(result);
  return result;
}

// A value from `draw` that is not yet in `used`, drawing again on a clash.
template <typename Draw>
std::string Fresh(std::set<std::string>& used, Draw draw) {
  std::string value = draw();
  while (used.count(value)) value = draw();
  used.insert(value);
  return value;
}

class PeopleBuilder {
 public:
  PeopleBuilder(World* world, DemoRegion* out)
      : world_(world),
        out_(out),
        rng_(world->seed, "people"),
        year_(static_cast<int>(
            std::chrono::year_month_day{world->first_day}.year())) {}

  void Build();

 private:
  void AddMainStaff(size_t org, size_t unit, v1::Profession profession);
  void AddPoolStaff(size_t org, v1::Profession profession);
  void AddPensioner(size_t org, v1::Profession profession, Cohort cohort,
                    v1::Position::PayScheme pay);
  size_t AddPerson(v1::Profession profession, int born_from, int born_to);
  void AddCompetences(v1::Profession profession, v1::Person* person);
  sys_days HireDate(int min_days, int max_days);

  World* world_;
  DemoRegion* out_;
  DemoRandom rng_;
  int year_;
  std::set<std::string> names_;
  std::set<std::string> emails_;
  std::set<std::string> phones_;
  std::set<std::string> hpr_numbers_;
};

void PeopleBuilder::Build() {
  for (size_t o = 0; o < world_->orgs.size(); ++o) {
    for (size_t u : world_->orgs[o].units) {
      for (const StaffSpec& staff : world_->units[u].spec->staff) {
        for (int i = 0; i < staff.count; ++i)
          AddMainStaff(o, u, staff.profession);
      }
    }
  }
  for (size_t o = 0; o < world_->orgs.size(); ++o) {
    for (const StaffSpec& staff : world_->orgs[o].spec->pool) {
      for (int i = 0; i < staff.count; ++i) AddPoolStaff(o, staff.profession);
    }
  }
  // Every third pensioner was born in 1963 or later; a few of the older ones
  // work on ordinary terms all the same.
  int pensioners = 0;
  for (size_t o = 0; o < world_->orgs.size(); ++o) {
    for (const StaffSpec& staff : world_->orgs[o].spec->pensioners) {
      for (int i = 0; i < staff.count; ++i, ++pensioners) {
        const Cohort cohort =
            pensioners % 3 == 2 ? Cohort::kFrom1963 : Cohort::kBefore1963;
        const bool ordinary =
            cohort == Cohort::kFrom1963 || pensioners % 9 == 4;
        AddPensioner(
            o, staff.profession, cohort,
            ordinary ? v1::Position::ORDINARY : v1::Position::PENSJONISTLONN);
      }
    }
  }
}

void PeopleBuilder::AddMainStaff(size_t org, size_t unit,
                                 v1::Profession profession) {
  const size_t person = AddPerson(profession, year_ - 64, year_ - 23);
  const double pct =
      std::vector<double>{50, 60, 75, 80, 100, 100}[rng_.Uniform(0, 5)];
  AppendPosition(
      {person, org, unit, v1::Position::MAIN, pct, v1::Position::ORDINARY,
       MaxShifts(pct), HireDate(60, 20 * 365), std::nullopt},
      world_, out_);
}

void PeopleBuilder::AddPoolStaff(size_t org, v1::Profession profession) {
  const size_t person = AddPerson(profession, year_ - 60, year_ - 24);
  const double pct = std::vector<double>{75, 80, 100}[rng_.Uniform(0, 2)];
  AppendPosition({person, org, std::nullopt, v1::Position::POOL, pct,
                  v1::Position::ORDINARY, MaxShifts(pct),
                  HireDate(60, 10 * 365), std::nullopt},
                 world_, out_);
}

// Born 1962 or earlier: mostly pensjonistlønn. Born 1963 or later: ordinary
// terms, since work income does not reduce their pension.
void PeopleBuilder::AddPensioner(size_t org, v1::Profession profession,
                                 Cohort cohort, v1::Position::PayScheme pay) {
  const size_t person =
      cohort == Cohort::kFrom1963
          ? AddPerson(profession, 1963, std::max(1963, year_ - 62))
          : AddPerson(profession, 1955, 1962);
  // Retired: they draw a retirement pension from the municipal scheme.
  v1::PensionFacts* pension = out_->people.back().mutable_person()->mutable_pension();
  pension->set_drawing_retirement_pension(true);
  pension->set_scheme(profession == v1::NURSE || profession == v1::SPECIALIST_NURSE
                          ? v1::PensionFacts::KLP_NURSES
                          : v1::PensionFacts::KLP);
  const std::vector<size_t> units =
      UnitsWithLine(*world_, {org}, world_->people[person]);
  AppendPosition({person, org, rng_.Pick(units), v1::Position::PENSIONER, 0,
                  pay, static_cast<int>(rng_.Uniform(2, 6)),
                  HireDate(30, 4 * 365), std::nullopt},
                 world_, out_);
}

size_t PeopleBuilder::AddPerson(v1::Profession profession, int born_from,
                                int born_to) {
  PersonInfo info;
  char id[32];
  std::snprintf(id, sizeof id, "p%04zu", world_->people.size() + 1);
  info.id = id;
  info.professions.push_back(profession);
  if (profession == v1::SPECIALIST_NURSE) info.professions.push_back(v1::NURSE);

  v1::CreatePersonRequest& req = out_->people.emplace_back();
  req.set_person_id(info.id);
  req.set_request_id("demo-person-" + info.id);
  v1::Person* p = req.mutable_person();
  const bool female = rng_.Chance(FemalePercent(profession));
  std::string_view first, last;
  std::string name;
  for (int attempt = 0; attempt < 30 && (name.empty() || names_.count(name));
       ++attempt) {
    first =
        female ? rng_.Pick(FemaleFirstNames()) : rng_.Pick(MaleFirstNames());
    last = rng_.Pick(LastNames());
    name = std::string(first) + " " + std::string(last);
  }
  names_.insert(name);
  p->set_display_name(name);
  p->set_birth_year(static_cast<int>(rng_.Uniform(born_from, born_to)));
  if (profession != v1::CARE_ASSISTANT) {  // everyone else is authorised
    p->set_hpr_number(Fresh(hpr_numbers_, [&] {
      return std::to_string(rng_.Uniform(1000000, 99999999));
    }));
  }
  for (v1::Profession prof : info.professions) p->add_professions(prof);
  AddCompetences(profession, p);
  info.competences.assign(p->competences().begin(), p->competences().end());
  const std::string local = EmailPart(first) + "." + EmailPart(last);
  p->set_email(Unique(emails_, local) + "@example.no");
  p->set_phone(Fresh(phones_, [&] {
    return "4" + std::to_string(rng_.Uniform(1000000, 9999999));
  }));
  p->set_home_region(std::string(kRegionName));

  world_->people.push_back(std::move(info));
  return world_->people.size() - 1;
}

void PeopleBuilder::AddCompetences(v1::Profession profession,
                                   v1::Person* person) {
  auto expiring = [&](const char* code, int min_days, int max_days) {
    v1::Competence* c = person->add_competences();
    c->set_code(code);
    *c->mutable_expiry_date() =
        ToDate(world_->first_day + days{rng_.Uniform(min_days, max_days)});
  };
  auto lasting = [&](const char* code) {
    person->add_competences()->set_code(code);
  };
  switch (profession) {
    case v1::NURSE:
      expiring("HLR", -45, 730);
      expiring("MEDIKAMENT", -30, 1095);
      if (rng_.Chance(40)) lasting("DIABETES");
      if (rng_.Chance(30)) lasting("PALLIASJON");
      if (rng_.Chance(25)) expiring("SENTRALT-VENEKATETER", 60, 1095);
      break;
    case v1::SPECIALIST_NURSE:
      expiring("HLR", -45, 730);
      expiring("MEDIKAMENT", -30, 1095);
      if (rng_.Chance(85)) expiring("SENTRALT-VENEKATETER", 60, 1095);
      if (rng_.Chance(20)) lasting("DIABETES");
      break;
    case v1::HEALTH_WORKER:
      expiring("HLR", -45, 730);
      if (rng_.Chance(60)) expiring("DELEGERT-MEDISIN", -30, 730);
      if (rng_.Chance(30)) lasting("DIABETES");
      if (rng_.Chance(25)) lasting("PALLIASJON");
      break;
    case v1::PHYSICIAN:
      expiring("HLR", -45, 730);
      lasting("SENTRALT-VENEKATETER");
      break;
    default:
      if (rng_.Chance(70)) expiring("HLR", -45, 730);
      break;
  }
}

// The first of the month `min_days`..`max_days` before first_day.
sys_days PeopleBuilder::HireDate(int min_days, int max_days) {
  const std::chrono::year_month_day ymd{world_->first_day -
                                        days{rng_.Uniform(min_days, max_days)}};
  return sys_days{ymd.year() / ymd.month() / 1};
}

}  // namespace

void BuildPeople(World* world, DemoRegion* out) {
  PeopleBuilder(world, out).Build();
  BuildSecondaryPositions(world, out);
  BuildAvailability(world, out);
}

}  // namespace vaktbro::demo::internal
