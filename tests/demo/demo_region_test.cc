// The demo region as a whole: determinism, size, identifiers, references,
// people and positions, and the agency-hire history.
#include "demo_region.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "gtest/gtest.h"
#include "org_number.h"

namespace vaktbro::demo {
namespace {

v1::Date MakeDate(int y, int m, int d) {
  v1::Date date;
  date.set_year(y);
  date.set_month(m);
  date.set_day(d);
  return date;
}

DemoRegion Generate(uint64_t seed,
                    v1::Date first_day = MakeDate(2026, 11, 23)) {
  return GenerateDemoRegion({.seed = seed, .first_day = first_day});
}

const DemoRegion& Region() {
  static const DemoRegion* const region = new DemoRegion(Generate(20261122));
  return *region;
}

std::string Bytes(const DemoRegion& r) {
  std::string out;
  auto add = [&out](const auto& list) {
    for (const auto& m : list) out += m.SerializeAsString();
  };
  add(r.organisations), add(r.partnerships), add(r.units), add(r.people),
      add(r.positions);
  add(r.availabilities), add(r.shifts), add(r.assignments),
      add(r.agency_bookings);
  return out;
}

TEST(DemoRegionTest, SameSeedSameBytesOtherSeedOtherBytes) {
  const std::string first = Bytes(Region());
  EXPECT_EQ(first, Bytes(Generate(20261122)));
  EXPECT_NE(first, Bytes(Generate(20261123)));
  EXPECT_NE(first, Bytes(Generate(20261122, MakeDate(2026, 11, 30))));
}

TEST(DemoRegionTest, MondayOnOrBefore) {
  using std::chrono::sys_days;
  const sys_days sunday{std::chrono::year{2026} / 11 / 22};
  const v1::Date monday = MondayOnOrBefore(sunday);
  EXPECT_EQ(monday.month() * 100 + monday.day(), 1116);
  EXPECT_EQ(MondayOnOrBefore(sunday + std::chrono::days{1}).day(), 23);
}

TEST(DemoRegionTest, CountsAreInTheirBands) {
  const DemoRegion& r = Region();
  EXPECT_EQ(r.organisations.size(), 4u);
  EXPECT_GE(r.partnerships.size(), 3u);
  EXPECT_GE(r.units.size(), 12u);
  EXPECT_LE(r.units.size(), 20u);
  EXPECT_GE(r.people.size(), 280u);
  EXPECT_LE(r.people.size(), 320u);
  EXPECT_GE(r.shifts.size(), 1500u);
  EXPECT_LE(r.shifts.size(), 3000u);
  EXPECT_GE(r.agency_bookings.size(), 150u);
  EXPECT_LE(r.agency_bookings.size(), 800u);
  std::map<v1::Position::Kind, int> kinds;
  for (const auto& p : r.positions) ++kinds[p.position().kind()];
  EXPECT_NEAR(kinds[v1::Position::SECONDARY], 40, 5);
  EXPECT_NEAR(kinds[v1::Position::POOL], 20, 5);
  EXPECT_NEAR(kinds[v1::Position::PENSIONER], 25, 5);
}

TEST(DemoRegionTest, OrganisationsAndIdentifiers) {
  const DemoRegion& r = Region();
  const std::regex id_pattern("[a-z0-9-]{1,40}");
  std::set<std::string> request_ids;
  auto check_request = [&](const std::string& request_id) {
    EXPECT_LE(request_id.size(), 64u) << request_id;
    EXPECT_TRUE(request_ids.insert(request_id).second)
        << "duplicate " << request_id;
  };
  int trusts = 0, municipalities = 0;
  for (const auto& o : r.organisations) {
    EXPECT_TRUE(std::regex_match(o.organisation_id(), id_pattern))
        << o.organisation_id();
    EXPECT_TRUE(
        IsValidOrganisationNumber(o.organisation().organisation_number()))
        << o.organisation().organisation_number();
    trusts += o.organisation().kind() == v1::Organisation::HOSPITAL_TRUST;
    municipalities += o.organisation().kind() == v1::Organisation::MUNICIPALITY;
    check_request(o.request_id());
  }
  EXPECT_EQ(trusts, 1);
  EXPECT_EQ(municipalities, 3);
  for (const auto& u : r.units) {
    EXPECT_TRUE(std::regex_match(u.unit_id(), id_pattern)) << u.unit_id();
    check_request(u.request_id());
  }
  for (const auto& p : r.partnerships) {
    EXPECT_TRUE(std::regex_match(p.partnership_id(), id_pattern))
        << p.partnership_id();
    ASSERT_EQ(p.partnership().organisations_size(), 2);
    EXPECT_LT(p.partnership().organisations(0),
              p.partnership().organisations(1));
    check_request(p.request_id());
  }
  for (const auto& p : r.people) check_request(p.request_id());
  for (const auto& p : r.positions) check_request(p.request_id());
  for (const auto& a : r.availabilities) check_request(a.request_id());
  for (const auto& s : r.shifts) {
    EXPECT_TRUE(std::regex_match(s.shift_id(), id_pattern)) << s.shift_id();
    check_request(s.request_id());
  }
  for (const auto& a : r.assignments) check_request(a.request_id());
}

TEST(DemoRegionTest, PeopleArePlausible) {
  const std::regex hpr("[0-9]{7,9}"), phone("4[0-9]{7}"),
      email("[a-z0-9.-]+@example\\.no");
  std::set<std::string> emails;
  for (const auto& req : Region().people) {
    const v1::Person& p = req.person();
    EXPECT_GE(p.birth_year(), 1955) << p.display_name();
    EXPECT_LE(p.birth_year(), 2003) << p.display_name();
    ASSERT_GE(p.professions_size(), 1);
    const bool authorised = p.professions(0) != v1::CARE_ASSISTANT;
    EXPECT_EQ(std::regex_match(p.hpr_number(), hpr), authorised)
        << p.hpr_number();
    EXPECT_TRUE(std::regex_match(p.phone(), phone)) << p.phone();
    EXPECT_TRUE(std::regex_match(p.email(), email)) << p.email();
    EXPECT_TRUE(emails.insert(p.email()).second) << p.email();
    EXPECT_NE(p.display_name().find(' '), std::string::npos);
  }
}

TEST(DemoRegionTest, PositionsFollowTheRules) {
  const DemoRegion& r = Region();
  std::map<std::string, int> birth_year;
  for (const auto& p : r.people)
    birth_year["people/" + p.person_id()] = p.person().birth_year();
  std::set<std::string> orgs, units;
  for (const auto& o : r.organisations)
    orgs.insert("organisations/" + o.organisation_id());
  for (const auto& u : r.units) units.insert("units/" + u.unit_id());

  std::map<std::string, std::vector<const v1::Position*>> of_person;
  for (const auto& req : r.positions) {
    const v1::Position& p = req.position();
    ASSERT_TRUE(birth_year.count(p.person())) << p.person();
    EXPECT_TRUE(orgs.count(p.employer())) << p.employer();
    EXPECT_EQ(p.unit().empty(), p.kind() == v1::Position::POOL)
        << req.position_id();
    if (!p.unit().empty()) {
      EXPECT_TRUE(units.count(p.unit())) << p.unit();
    }
    of_person[p.person()].push_back(&p);
  }
  int old_cohort = 0, old_on_pensioner_pay = 0, new_cohort = 0;
  for (const auto& [person, positions] : of_person) {
    const v1::Position& first = *positions.front();
    if (first.kind() == v1::Position::PENSIONER) {
      EXPECT_EQ(positions.size(), 1u) << person;
      EXPECT_EQ(first.percentage(), 0);
      if (birth_year[person] <= 1962) {
        ++old_cohort;
        old_on_pensioner_pay +=
            first.pay_scheme() == v1::Position::PENSJONISTLONN;
      } else {
        ++new_cohort;
        EXPECT_EQ(first.pay_scheme(), v1::Position::ORDINARY) << person;
      }
      continue;
    }
    ASSERT_TRUE(first.kind() == v1::Position::MAIN ||
                first.kind() == v1::Position::POOL)
        << person;
    EXPECT_GE(first.percentage(), 50);
    EXPECT_LE(first.percentage(), 100);
    EXPECT_LE(positions.size(), 2u);
    if (positions.size() == 2) {
      const v1::Position& hytte = *positions[1];
      EXPECT_EQ(hytte.kind(), v1::Position::SECONDARY);
      EXPECT_NE(hytte.employer(), first.employer());
      // Across the line: exactly one of the two employers is the trust.
      EXPECT_NE(hytte.employer() == "organisations/vestvik-sykehus",
                first.employer() == "organisations/vestvik-sykehus");
      EXPECT_GE(hytte.percentage(), 10);
      EXPECT_LE(hytte.percentage(), 30);
    }
  }
  EXPECT_GT(old_cohort, 0);
  EXPECT_GT(new_cohort, 0);
  EXPECT_GT(old_on_pensioner_pay * 10,
            old_cohort * 7);  // mostly pensjonistlønn
}

TEST(DemoRegionTest, AgencyHistoryFallsOverTwelveMonths) {
  for (int month = 1; month <= 12; ++month) {
    const std::chrono::sys_days day{std::chrono::year{2026} / month / 1};
    const DemoRegion r = Generate(20261122, MakeDate(2026, month, 1));
    const v1::Date monday = MondayOnOrBefore(day);
    const std::chrono::sys_days first{std::chrono::year{monday.year()} /
                                      monday.month() / monday.day()};
    const int64_t end =
        std::chrono::sys_seconds{first}.time_since_epoch().count();
    const int64_t begin = end - 365 * 86400;
    int64_t first_quarter = 0, last_quarter = 0;
    std::set<int64_t> months;
    for (const v1::AgencyBooking& b : r.agency_bookings) {
      const int64_t start = b.start_time().seconds();
      ASSERT_GE(start, begin - 7200);
      ASSERT_LE(b.end_time().seconds(), end + 86400);
      months.insert((start - begin) / (31 * 86400));
      const double rate = b.cost_nok() / b.hours();
      EXPECT_GE(rate, 899.5);
      EXPECT_LE(rate, 1400.5);
      EXPECT_TRUE(b.agency().ends_with("Bemanning AS")) << b.agency();
      EXPECT_FALSE(b.justification().empty());
      EXPECT_TRUE(b.name().starts_with("agencyBookings/"));
      if (start < begin + 91 * 86400) first_quarter += b.cost_nok();
      if (start >= end - 91 * 86400) last_quarter += b.cost_nok();
    }
    EXPECT_GE(months.size(), 11u) << "first_day month " << month;
    EXPECT_LT(last_quarter, first_quarter) << "first_day month " << month;
  }
}

}  // namespace
}  // namespace vaktbro::demo
