// Filling a shift with vaktbroctl, end to end: post, offer, accept, the
// refusals a coordinator meets (a full shift, an overlapping booking), then
// withdraw, decline, cancel and the lists. The shifts are posted six to seven
// weeks ahead, past the demo's four weeks of shifts, so the demo people are
// free then.
#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "ctl_runner.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::ctl {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kHospital[] = "vestvik-sykehus";
constexpr char kHospitalUnit[] = "vestvik-sykehus-medisin";
constexpr char kMunicipality[] = "vestvik-kommune";
constexpr char kMunicipalityUnit[] = "vestvik-kommune-sjoheim";

class CtlFillTest : public CtlFixture {
 protected:
  // Ids of demo nurses with an open-ended MAIN position at the hospital, valid
  // today, and no position at the municipality; at least `count`.
  std::vector<std::string> HospitalNurses(size_t count) {
    auto directory = v1::DirectoryService::NewStub(server().Channel());
    grpc::ClientContext people_context;
    people_context.set_deadline(vaktbro::testing::Deadline());
    v1::ListPeopleRequest people_request;
    people_request.set_page_size(1000);
    people_request.set_profession(v1::NURSE);
    v1::ListPeopleResponse people;
    EXPECT_TRUE(
        directory->ListPeople(&people_context, people_request, &people).ok());
    EXPECT_TRUE(people.next_page_token().empty());

    grpc::ClientContext positions_context;
    positions_context.set_deadline(vaktbro::testing::Deadline());
    v1::ListPositionsRequest positions_request;
    positions_request.set_page_size(1000);
    v1::ListPositionsResponse positions;
    EXPECT_TRUE(
        directory
            ->ListPositions(&positions_context, positions_request, &positions)
            .ok());
    EXPECT_TRUE(positions.next_page_token().empty());

    const std::string today = Day(0);
    std::set<std::string> at_hospital, at_municipality;
    for (const v1::Position& p : positions.positions()) {
      const std::string from =
          absl::StrCat(p.valid_from().year(), "-",
                       absl::Dec(p.valid_from().month(), absl::kZeroPad2), "-",
                       absl::Dec(p.valid_from().day(), absl::kZeroPad2));
      if (p.employer() == absl::StrCat("organisations/", kMunicipality)) {
        at_municipality.insert(p.person());
      } else if (p.employer() == absl::StrCat("organisations/", kHospital) &&
                 p.kind() == v1::Position::MAIN && from <= today &&
                 p.valid_to().year() == 0) {
        at_hospital.insert(p.person());
      }
    }
    std::vector<std::string> ids;
    for (const v1::Person& person : people.people()) {
      if (at_hospital.contains(person.name()) &&
          !at_municipality.contains(person.name())) {
        ids.push_back(person.name().substr(person.name().find('/') + 1));
      }
    }
    EXPECT_GE(ids.size(), count);
    return ids;
  }

  // Posts a nurse shift through vaktbroctl; returns its full name.
  std::string Post(const std::string& organisation, const std::string& unit,
                   const std::string& day, const std::string& start,
                   const std::string& end,
                   const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {
        "shifts",   "post",       "--organisation", organisation,
        "--unit",   unit,         "--title",        "Fill test",
        "--date",   day,          "--start",        start,
        "--end",    end,          "--profession",   "nurse",
        "--reason", "sick-leave", "--visibility",   "region"};
    args.insert(args.end(), extra.begin(), extra.end());
    const CtlRun r = Ctl(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(std::regex_match(r.out, std::regex("shifts/[a-z0-9-]+\\n")))
        << r.out;
    return r.out.substr(0, r.out.size() - 1);
  }

  // Runs a command that prints one resource name; returns it.
  std::string NameFrom(const std::vector<std::string>& args) {
    const CtlRun r = Ctl(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(
        std::regex_match(r.out, std::regex("assignments/[a-z0-9-]+\\n")))
        << r.out;
    return r.out.substr(0, r.out.size() - 1);
  }
};

// A one-line error of the kind the server gave.
void ExpectOneLineError(const CtlRun& r, const std::string& code) {
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(r.err.starts_with("vaktbroctl: ")) << r.err;
  EXPECT_THAT(r.err, HasSubstr(absl::StrCat("(", code, ")\n")));
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST_F(CtlFillTest, SecondAcceptOfAFullShiftIsRefused) {
  const std::vector<std::string> nurses = HospitalNurses(2);
  ASSERT_GE(nurses.size(), 2u);
  const std::string shift =
      Post(kHospital, kHospitalUnit, Day(43), "07:00", "15:00");
  // Ids or full names, and the position chosen for us.
  const std::string first =
      NameFrom({"shifts", "offer", "--shift", shift, "--person", nurses[0]});
  const std::string second =
      NameFrom({"shifts", "offer", "--shift", shift.substr(7), "--person",
                absl::StrCat("people/", nurses[1])});

  const CtlRun accepted = Ctl({"assignments", "accept", first});
  EXPECT_EQ(accepted.exit_code, 0) << accepted.err;
  EXPECT_EQ(accepted.out, absl::StrCat(first, " accepted\n"));

  const CtlRun refused =
      Ctl({"assignments", "accept", second.substr(12)});  // the id alone
  ExpectOneLineError(refused, "FAILED_PRECONDITION");
  EXPECT_THAT(refused.err, HasSubstr(absl::StrCat(shift, " is FILLED")));

  const CtlRun get = Ctl({"shifts", "get", shift});
  ASSERT_EQ(get.exit_code, 0) << get.err;
  EXPECT_THAT(get.out, HasSubstr("1/1"));
  EXPECT_THAT(get.out, HasSubstr("filled"));
  EXPECT_THAT(get.out, HasSubstr("07:00-15:00"));
  EXPECT_TRUE(std::regex_search(get.out, std::regex("Etag: +\\S+"))) << get.out;
}

TEST_F(CtlFillTest, OverlappingBookingAtAnotherOrganisationIsRefused) {
  const std::string nurse = HospitalNurses(1).at(0);
  const std::string day = Day(44);
  const std::string hospital_shift =
      Post(kHospital, kHospitalUnit, day, "07:00", "15:00");
  NameFrom({"shifts", "assign", "--shift", hospital_shift, "--person", nurse});
  const std::string municipal_shift =
      Post(kMunicipality, kMunicipalityUnit, day, "08:00", "16:00");

  // No position of hers fits the municipality's shift...
  const CtlRun no_position =
      Ctl({"shifts", "assign", "--shift", municipal_shift, "--person", nurse});
  ExpectOneLineError(no_position, "FAILED_PRECONDITION");
  EXPECT_THAT(no_position.err, HasSubstr(absl::StrCat("people/", nurse, " (")));
  EXPECT_THAT(no_position.err, HasSubstr("--position"));

  // ...and through her hospital position the overlap is refused, verbatim.
  const CtlRun positions = Ctl({"positions", "list", "--person", nurse});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(
      positions.out, m, std::regex("\\n(\\S+) +\\S+ +vestvik-sykehus ")))
      << positions.out;
  const CtlRun overlap = Ctl({"shifts", "assign", "--shift", municipal_shift,
                              "--person", nurse, "--position", m[1]});
  ExpectOneLineError(overlap, "FAILED_PRECONDITION");
  EXPECT_THAT(overlap.err,
              HasSubstr(absl::StrCat("people/", nurse, " is already booked on ",
                                     hospital_shift)));
  EXPECT_THAT(overlap.err,
              HasSubstr(absl::StrCat("overlaps ", municipal_shift)));
}

TEST_F(CtlFillTest, WithdrawFreesThePlaceAndCancelEndsTheOffers) {
  const std::vector<std::string> nurses = HospitalNurses(2);
  ASSERT_GE(nurses.size(), 2u);
  const std::string shift =
      Post(kHospital, kHospitalUnit, Day(45), "15:00", "22:30");
  const std::string first =
      NameFrom({"shifts", "offer", "--shift", shift, "--person", nurses[0]});
  const std::string second =
      NameFrom({"shifts", "offer", "--shift", shift, "--person", nurses[1]});
  ASSERT_EQ(Ctl({"assignments", "accept", first}).exit_code, 0);

  const CtlRun withdrawn = Ctl({"assignments", "withdraw", first});
  EXPECT_EQ(withdrawn.out, absl::StrCat(first, " withdrawn\n"))
      << withdrawn.err;
  const CtlRun get = Ctl({"shifts", "get", shift});
  EXPECT_THAT(get.out, HasSubstr("0/1"));
  EXPECT_THAT(get.out, HasSubstr("State:        open"));

  const CtlRun by_person = Ctl({"assignments", "list", "--person", nurses[0]});
  ASSERT_EQ(by_person.exit_code, 0) << by_person.err;
  EXPECT_TRUE(std::regex_search(
      by_person.out,
      std::regex(absl::StrCat(first.substr(12), " .* 15:00-22:30 +withdrawn"))))
      << by_person.out;

  const CtlRun by_shift = Ctl({"assignments", "list", "--shift", shift});
  EXPECT_THAT(by_shift.out, HasSubstr(first.substr(12)));
  EXPECT_THAT(by_shift.out, HasSubstr(second.substr(12)));
  EXPECT_THAT(by_shift.out, HasSubstr("2 assignments"));
  const CtlRun offered =
      Ctl({"assignments", "list", "--shift", shift, "--state", "offered"});
  EXPECT_THAT(offered.out, HasSubstr(second.substr(12)));
  EXPECT_THAT(offered.out, Not(HasSubstr(first.substr(12))));

  const CtlRun cancelled =
      Ctl({"shifts", "cancel", shift, "--reason", "Ikke lenger behov"});
  EXPECT_EQ(cancelled.out, absl::StrCat(shift, " cancelled\n"))
      << cancelled.err;
  EXPECT_THAT(Ctl({"shifts", "get", shift}).out,
              HasSubstr("Cancelled: Ikke lenger behov"));
  EXPECT_THAT(
      Ctl({"assignments", "list", "--shift", shift, "--state", "offered"}).out,
      HasSubstr("No assignments match."));
  ExpectOneLineError(Ctl({"assignments", "accept", second}),
                     "FAILED_PRECONDITION");
}

TEST_F(CtlFillTest, DeclineAndStaleEtag) {
  const std::string nurse = HospitalNurses(1).at(0);
  const std::string shift =
      Post(kHospital, kHospitalUnit, Day(46), "07:00", "15:00");
  const std::string offer =
      NameFrom({"shifts", "offer", "--shift", shift, "--person", nurse});
  ExpectOneLineError(
      Ctl({"assignments", "decline", offer, "--etag", "no-such-etag"}),
      "ABORTED");
  EXPECT_EQ(Ctl({"assignments", "decline", offer}).out,
            absl::StrCat(offer, " declined\n"));
}

TEST_F(CtlFillTest, RetriedOfferWithTheSameRequestIdHappensOnce) {
  const std::string nurse = HospitalNurses(1).at(0);
  const std::string shift =
      Post(kHospital, kHospitalUnit, Day(47), "07:00", "15:00");
  const std::vector<std::string> offer = {
      "shifts",   "offer", "--shift",      shift,
      "--person", nurse,   "--request-id", "fill-test-offer-1"};
  EXPECT_EQ(NameFrom(offer), NameFrom(offer));
  EXPECT_THAT(Ctl({"assignments", "list", "--shift", shift}).out,
              HasSubstr("1 assignment "));
}

TEST_F(CtlFillTest, DraftIsPublished) {
  const std::string shift =
      Post(kHospital, kHospitalUnit, Day(48), "07:00", "15:00", {"--draft"});
  EXPECT_THAT(Ctl({"shifts", "get", shift}).out, HasSubstr("draft"));
  EXPECT_EQ(Ctl({"shifts", "publish", shift}).out,
            absl::StrCat(shift, " open\n"));
}

TEST_F(CtlFillTest, ListNeedsExactlyOneOfPersonAndShift) {
  ExpectOneLineError(Ctl({"assignments", "list"}), "INVALID_ARGUMENT");
  const CtlRun bad_state =
      Ctl({"assignments", "list", "--person", "p0001", "--state", "maybe"});
  ExpectOneLineError(bad_state, "INVALID_ARGUMENT");
  EXPECT_THAT(bad_state.err, HasSubstr("--state: unknown assignment state"));
}

}  // namespace
}  // namespace vaktbro::ctl
