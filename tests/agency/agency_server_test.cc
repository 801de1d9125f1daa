// AgencyService over real gRPC against the real server on loopback with a
// real store: the register (create, list, get, cancel), bad input that names
// the field and changes nothing, the consultation policy, the ledger entry
// written when an offer is accepted, kick-out and its cut-off.
#include <functional>

#include "agency/calendar.h"
#include "agency/ledger.h"
#include "agency/rate_cards.h"
#include "agency_client.h"
#include "fixtures.h"
#include "gtest/gtest.h"
#include "shared_server.h"

namespace vaktbro::testing {
namespace {

using v1::AgencyBooking;

class AgencyServerTest : public SharedServerTest {
 protected:
  void SetUp() override {
    SharedServerTest::SetUp();
    client_ = std::make_unique<Client>(server_->Channel());
    agency_ = std::make_unique<AgencyClient>(server_->Channel());
    auto org = client_->AddOrganisation();
    ASSERT_TRUE(org.ok()) << org.status();
    org_ = *org;
    auto unit = client_->AddUnit(org_);
    ASSERT_TRUE(unit.ok()) << unit.status();
    unit_ = *unit;
  }

  // A weekday 07:00 Oslo time `days` from now that is not a holiday.
  static absl::Time WeekdayMorning(int days) {
    absl::CivilDay day = absl::ToCivilDay(absl::Now(), agency::Oslo()) + days;
    while (absl::GetWeekday(day) == absl::Weekday::saturday ||
           absl::GetWeekday(day) == absl::Weekday::sunday ||
           agency::IsPublicHoliday(day) || agency::IsHolidayEve(day)) {
      ++day;
    }
    return agency::Oslo()
        .At(absl::CivilSecond(day.year(), day.month(), day.day(), 7, 0, 0))
        .pre;
  }

  // A nurse with a position of `kind` at the unit's organisation.
  v1::Position Staff(v1::Position::Kind kind) {
    auto person = client_->AddPerson(v1::NURSE);
    EXPECT_TRUE(person.ok()) << person.status();
    auto position = client_->AddPosition(*person, unit_, kind);
    EXPECT_TRUE(position.ok()) << position.status();
    return *position;
  }

  std::unique_ptr<Client> client_;
  std::unique_ptr<AgencyClient> agency_;
  v1::Organisation org_;
  v1::Unit unit_;
};

TEST_F(AgencyServerTest, CreateGetListCancel) {
  v1::CreateAgencyBookingRequest request =
      BookingRequest(unit_, WeekdayMorning(10), 7.5);
  auto created = agency_->Create(request);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_TRUE(created->name().starts_with("agencyBookings/"));
  EXPECT_EQ(created->state(), AgencyBooking::BOOKED);
  // 450 min x 1050.50 NOK / 60 = 7878.75 NOK, + 500 NOK fees.
  EXPECT_EQ(created->total_cost_ore(), 837875);
  EXPECT_EQ(created->cost_nok(), 8379);
  EXPECT_TRUE(created->warnings().empty());
  // A retry with the same request id changes nothing and gets the same reply.
  auto again = agency_->Create(request);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->name(), created->name());
  ASSERT_EQ(agency_->List(org_.name()).size(), 1u);

  v1::GetRequest get;
  get.set_name(created->name());
  auto got = agency_->Call(&v1::AgencyService::Stub::GetAgencyBooking, get);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->justification(), request.agency_booking().justification());

  // The old ShiftService listing still shows it.
  v1::ListAgencyBookingsRequest old;
  old.set_organisation(org_.name());
  auto listed = client_->Call(&v1::ShiftService::Stub::ListAgencyBookings, old);
  ASSERT_TRUE(listed.ok()) << listed.status();
  ASSERT_EQ(listed->agency_bookings_size(), 1);

  v1::CancelAgencyBookingRequest cancel;
  cancel.set_name(created->name());
  cancel.set_etag(created->etag());
  cancel.set_reason("Egen ansatt friskmeldt");
  cancel.set_request_id(NewRequestId());
  auto cancelled =
      agency_->Call(&v1::AgencyService::Stub::CancelAgencyBooking, cancel);
  ASSERT_TRUE(cancelled.ok()) << cancelled.status();
  EXPECT_EQ(cancelled->state(), AgencyBooking::CANCELLED);
  EXPECT_EQ(cancelled->cancel_reason(), "Egen ansatt friskmeldt");
  cancel.set_request_id(NewRequestId());
  EXPECT_EQ(agency_->Call(&v1::AgencyService::Stub::CancelAgencyBooking, cancel)
                .status()
                .code(),
            absl::StatusCode::kAborted);  // stale etag
  cancel.clear_etag();
  EXPECT_EQ(agency_->Call(&v1::AgencyService::Stub::CancelAgencyBooking, cancel)
                .status()
                .code(),
            absl::StatusCode::kFailedPrecondition);

  v1::ListAgencyRegisterRequest booked;
  booked.set_organisation(org_.name());
  booked.add_states(AgencyBooking::BOOKED);
  EXPECT_EQ(agency_->Call(&v1::AgencyService::Stub::ListAgencyBookings, booked)
                ->agency_bookings_size(),
            0);
  booked.set_states(0, AgencyBooking::CANCELLED);
  EXPECT_EQ(agency_->Call(&v1::AgencyService::Stub::ListAgencyBookings, booked)
                ->agency_bookings_size(),
            1);
}

TEST_F(AgencyServerTest, BadInputNamesTheFieldAndChangesNothing) {
  auto other_org = client_->AddOrganisation();
  ASSERT_TRUE(other_org.ok());
  auto other_unit = client_->AddUnit(*other_org);
  ASSERT_TRUE(other_unit.ok());
  auto other_shift =
      client_->AddShift(*other_unit, {.start = WholeHourFromNow(200)});
  ASSERT_TRUE(other_shift.ok()) << other_shift.status();
  using Spoil = std::function<void(v1::CreateAgencyBookingRequest&)>;
  const struct {
    const char* message;  // the start of the error message
    absl::StatusCode code;
    Spoil spoil;
  } cases[] = {
      {"agency_booking.hourly_rate_ore: must be > 0",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->set_hourly_rate_ore(0); }},
      {"agency_booking.hourly_rate_ore: must be at most",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) {
         r.mutable_agency_booking()->set_hourly_rate_ore(2'000'000);
       }},
      {"agency_booking.fees_ore: must be >= 0",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->set_fees_ore(-1); }},
      {"agency_booking.hours: must be > 0", absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->set_hours(0); }},
      {"agency_booking.hours: must be whole minutes",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->set_hours(7.501); }},
      {"agency_booking.hours: must be at most",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->set_hours(9); }},
      {"agency_booking.end_time: must be after start_time",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) {
         *r.mutable_agency_booking()->mutable_end_time() =
             r.agency_booking().start_time();
       }},
      {"agency_booking.start_time:", absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->clear_start_time(); }},
      {"agency_booking.profession: must be set",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->clear_profession(); }},
      {"agency_booking.purpose: must be set",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->clear_purpose(); }},
      {"agency_booking.legal_ground: must be set",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->clear_legal_ground(); }},
      {"agency_booking.legal_ground: unknown value 7",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) {
         r.mutable_agency_booking()->set_legal_ground(
             static_cast<AgencyBooking::LegalGround>(7));
       }},
      {"agency_booking.agency:", absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->clear_agency(); }},
      {"agency_booking.agency_organisation_number:",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) {
         r.mutable_agency_booking()->set_agency_organisation_number(
             "123456789");
       }},
      {"agency_booking.justification:", absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->clear_justification(); }},
      {"agency_booking.competences[0]:", absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->set_competences(0, ""); }},
      {"agency_booking.union_consultation_date: must be on or before",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) {
         r.mutable_agency_booking()
             ->mutable_union_consultation_date()
             ->set_year(2099);
       }},
      {"agency_booking.union_consultation_date:",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) {
         r.mutable_agency_booking()
             ->mutable_union_consultation_date()
             ->set_month(13);
       }},
      {"agency_booking.cascade: must be a name like cascades/{id}",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.mutable_agency_booking()->set_cascade("shifts/abc"); }},
      {"agency_booking.organisation: must be a name like",
       absl::StatusCode::kInvalidArgument,
       [](auto& r) {
         r.mutable_agency_booking()->set_organisation("vestvik");
       }},
      {"agency_booking.unit: units/nope not found", absl::StatusCode::kNotFound,
       [](auto& r) { r.mutable_agency_booking()->set_unit("units/nope"); }},
      {"agency_booking.unit: ", absl::StatusCode::kInvalidArgument,
       [&](auto& r) {
         r.mutable_agency_booking()->set_unit(other_unit->name());
       }},
      {"agency_booking.shift: ", absl::StatusCode::kInvalidArgument,
       [&](auto& r) {
         r.mutable_agency_booking()->set_shift(other_shift->name());
       }},
      {"agency_booking_id: ", absl::StatusCode::kInvalidArgument,
       [](auto& r) { r.set_agency_booking_id("Bad Id"); }},
  };
  for (const auto& c : cases) {
    v1::CreateAgencyBookingRequest request =
        BookingRequest(unit_, WeekdayMorning(10), 7.5);
    c.spoil(request);
    const absl::Status status = agency_->Create(request).status();
    EXPECT_EQ(status.code(), c.code) << c.message << ": " << status;
    EXPECT_TRUE(std::string(status.message()).starts_with(c.message))
        << status.message();
  }
  EXPECT_TRUE(agency_->List(org_.name()).empty());
}

TEST_F(AgencyServerTest, MissingConsultationWarnsOrIsRefused) {
  v1::CreateAgencyBookingRequest request =
      BookingRequest(unit_, WeekdayMorning(12), 8);
  request.mutable_agency_booking()->clear_union_consultation_date();
  auto warned = agency_->Create(request);
  ASSERT_TRUE(warned.ok()) << warned.status();
  ASSERT_EQ(warned->warnings_size(), 1);
  EXPECT_TRUE(warned->warnings(0).starts_with("union_consultation_date:"));

  v1::GetAgencySettingsRequest get;
  get.set_organisation(org_.name());
  auto settings =
      agency_->Call(&v1::AgencyService::Stub::GetAgencySettings, get);
  ASSERT_TRUE(settings.ok()) << settings.status();
  EXPECT_EQ(settings->consultation_policy(), v1::AgencySettings::WARN);
  EXPECT_EQ(settings->kick_out_cutoff_hours(), 48);
  EXPECT_TRUE(settings->etag().empty());

  v1::UpdateAgencySettingsRequest update;
  *update.mutable_settings() = *settings;
  update.mutable_settings()->set_kick_out_cutoff_hours(721);
  update.set_request_id(NewRequestId());
  auto bad =
      agency_->Call(&v1::AgencyService::Stub::UpdateAgencySettings, update);
  EXPECT_TRUE(std::string(bad.status().message())
                  .starts_with("settings.kick_out_cutoff_hours: must be 0-720"))
      << bad.status();
  update.mutable_settings()->set_kick_out_cutoff_hours(24);
  update.mutable_settings()->set_consultation_policy(
      v1::AgencySettings::REFUSE);
  auto refused_policy =
      agency_->Call(&v1::AgencyService::Stub::UpdateAgencySettings, update);
  ASSERT_TRUE(refused_policy.ok()) << refused_policy.status();
  EXPECT_EQ(refused_policy->etag(), "1");

  request.set_request_id(NewRequestId());
  const absl::Status refused = agency_->Create(request).status();
  EXPECT_EQ(refused.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(
      std::string(refused.message())
          .starts_with("agency_booking.union_consultation_date: must be set"))
      << refused;
  EXPECT_EQ(agency_->List(org_.name()).size(), 1u);
  request = BookingRequest(unit_, WeekdayMorning(12), 8);
  ASSERT_TRUE(agency_->Create(request).ok());
  EXPECT_EQ(agency_->List(org_.name()).size(), 2u);

  update.set_request_id(NewRequestId());  // etag still "" while "1" is stored
  update.mutable_settings()->set_etag("7");
  EXPECT_EQ(
      agency_->Call(&v1::AgencyService::Stub::UpdateAgencySettings, update)
          .status()
          .code(),
      absl::StatusCode::kAborted);
}

TEST_F(AgencyServerTest, AcceptingAnOfferWritesTheLedgerEntry) {
  const v1::Position pool = Staff(v1::Position::POOL);
  const absl::Time start = WeekdayMorning(9);
  auto shift = client_->AddShift(unit_, {.start = start});
  ASSERT_TRUE(shift.ok()) << shift.status();
  auto offer = client_->Offer(*shift, pool);
  ASSERT_TRUE(offer.ok()) << offer.status();
  EXPECT_TRUE(absl::IsNotFound(
      agency_->Fill(*offer).status()));  // an offer fills nothing yet
  auto accepted = client_->Accept(*offer);
  ASSERT_TRUE(accepted.ok()) << accepted.status();
  auto fill = agency_->Fill(*accepted);
  ASSERT_TRUE(fill.ok()) << fill.status();
  EXPECT_EQ(fill->name(),
            "internalFills/" + std::string(IdOf(accepted->name())));
  EXPECT_EQ(fill->channel(), v1::InternalFill::POOL);
  EXPECT_EQ(fill->organisation(), org_.name());
  EXPECT_EQ(fill->unit(), unit_.name());
  EXPECT_EQ(fill->shift(), shift->name());
  EXPECT_EQ(fill->minutes(), 480);
  // Priced as the rate cards of the day price a weekday day shift.
  v1::InternalFill expected;
  expected.set_profession(v1::NURSE);
  expected.set_channel(v1::InternalFill::POOL);
  *expected.mutable_start_time() = shift->start_time();
  *expected.mutable_end_time() = shift->end_time();
  agency::PriceFill(agency::RateCardBook::BuiltIn(), expected);
  EXPECT_EQ(fill->agency_cost_ore(), expected.agency_cost_ore());
  EXPECT_EQ(fill->internal_cost_ore(), expected.internal_cost_ore());
  EXPECT_GT(fill->saving_ore(), 0);
  EXPECT_EQ(fill->saving_ore(),
            fill->agency_cost_ore() - fill->internal_cost_ore());

  // A direct assignment of own staff is a fill too.
  const v1::Position own = Staff(v1::Position::MAIN);
  auto shift2 =
      client_->AddShift(unit_, {.start = start + absl::Hours(24 * 7)});
  ASSERT_TRUE(shift2.ok()) << shift2.status();
  auto assigned = client_->Assign(*shift2, own);
  ASSERT_TRUE(assigned.ok()) << assigned.status();
  auto own_fill = agency_->Fill(*assigned);
  ASSERT_TRUE(own_fill.ok()) << own_fill.status();
  EXPECT_EQ(own_fill->channel(), v1::InternalFill::OWN_STAFF);

  // The report counts both; withdrawn, the first no longer counts.
  v1::GetAgencyReportRequest report;
  report.set_organisation(org_.name());
  const agency::Month month = agency::MonthOf(absl::ToUnixSeconds(start));
  report.mutable_first_month()->set_year(month.year);
  report.mutable_first_month()->set_month(month.month);
  report.mutable_last_month()->set_year(month.Plus(1).year);
  report.mutable_last_month()->set_month(month.Plus(1).month);
  auto before =
      agency_->Call(&v1::AgencyService::Stub::GetAgencyReport, report);
  ASSERT_TRUE(before.ok()) << before.status();
  EXPECT_EQ(before->totals().internal_fills(), 2);
  ASSERT_TRUE(client_
                  ->Call(&v1::ShiftService::Stub::WithdrawAssignment,
                         AssignmentRequest(*accepted))
                  .ok());
  auto after = agency_->Call(&v1::AgencyService::Stub::GetAgencyReport, report);
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(after->totals().internal_fills(), 1);
  EXPECT_EQ(after->totals().saving_ore(), own_fill->saving_ore());
}

TEST_F(AgencyServerTest, KickOutBeforeTheCutoffRecordsTheSaving) {
  const absl::Time start = WeekdayMorning(10);
  auto shift = client_->AddShift(unit_, {.start = start});
  ASSERT_TRUE(shift.ok()) << shift.status();
  v1::CreateAgencyBookingRequest create = BookingRequest(unit_, start, 8);
  create.mutable_agency_booking()->set_shift(shift->name());
  auto booking = agency_->Create(create);
  ASSERT_TRUE(booking.ok()) << booking.status();

  const v1::Position secondary = Staff(v1::Position::SECONDARY);
  auto offer = client_->Offer(*shift, secondary);
  ASSERT_TRUE(offer.ok()) << offer.status();
  v1::KickOutAgencyBookingRequest kick;
  kick.set_name(booking->name());
  kick.set_assignment(offer->name());
  kick.set_request_id(NewRequestId());
  auto not_yet =
      agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick);
  EXPECT_EQ(not_yet.status().code(), absl::StatusCode::kFailedPrecondition)
      << not_yet.status();

  auto accepted = client_->Accept(*offer);
  ASSERT_TRUE(accepted.ok()) << accepted.status();
  kick.set_request_id(NewRequestId());
  auto kicked =
      agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick);
  ASSERT_TRUE(kicked.ok()) << kicked.status();
  EXPECT_EQ(kicked->agency_booking().state(), AgencyBooking::KICKED_OUT);
  EXPECT_EQ(kicked->agency_booking().replaced_by(), accepted->name());
  const v1::InternalFill& fill = kicked->internal_fill();
  EXPECT_EQ(fill.channel(), v1::InternalFill::SECONDARY_POSITION);
  EXPECT_EQ(fill.replaced_agency_booking(), booking->name());
  EXPECT_EQ(fill.agency_cost_ore(),
            booking->total_cost_ore());  // 8 h x 1050.50 + 500 = 8904 NOK
  EXPECT_EQ(fill.agency_cost_ore(), 890400);
  EXPECT_EQ(fill.saving_ore(), 890400 - fill.internal_cost_ore());
  EXPECT_EQ(agency_->Fill(*accepted)->saving_ore(), fill.saving_ore());

  // Retried with the same request id: the same answer, nothing more.
  auto retried =
      agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick);
  ASSERT_TRUE(retried.ok()) << retried.status();
  EXPECT_EQ(retried->agency_booking().etag(), kicked->agency_booking().etag());
  kick.set_request_id(NewRequestId());
  EXPECT_EQ(agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick)
                .status()
                .code(),
            absl::StatusCode::kFailedPrecondition);  // already kicked out
}

TEST_F(AgencyServerTest, KickOutNeedsTheRightShift) {
  const absl::Time start = WeekdayMorning(11);
  auto shift = client_->AddShift(unit_, {.start = start});
  auto other = client_->AddShift(unit_, {.start = start + absl::Hours(24)});
  ASSERT_TRUE(shift.ok() && other.ok());
  v1::CreateAgencyBookingRequest create = BookingRequest(unit_, start, 8);
  create.mutable_agency_booking()->set_shift(shift->name());
  auto booking = agency_->Create(create);
  ASSERT_TRUE(booking.ok()) << booking.status();
  auto assigned = client_->Assign(*other, Staff(v1::Position::POOL));
  ASSERT_TRUE(assigned.ok()) << assigned.status();
  v1::KickOutAgencyBookingRequest kick;
  kick.set_name(booking->name());
  kick.set_assignment(assigned->name());
  kick.set_request_id(NewRequestId());
  const absl::Status wrong =
      agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick)
          .status();
  EXPECT_EQ(wrong.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(std::string(wrong.message()).starts_with("assignment: "))
      << wrong;
  kick.set_assignment("assignments/nope");
  EXPECT_EQ(agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick)
                .status()
                .code(),
            absl::StatusCode::kNotFound);
  kick.set_assignment("nope");
  EXPECT_TRUE(
      std::string(
          agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick)
              .status()
              .message())
          .starts_with("assignment: must be a name like assignments/{id}"));
}

TEST_F(AgencyServerTest, KickOutAfterTheCutoffIsRefused) {
  // Starts in about ten hours: inside the default 48-hour cut-off.
  const absl::Time start = WholeHourFromNow(10);
  auto shift = client_->AddShift(unit_, {.start = start});
  ASSERT_TRUE(shift.ok()) << shift.status();
  v1::CreateAgencyBookingRequest create = BookingRequest(unit_, start, 8);
  create.mutable_agency_booking()->set_shift(shift->name());
  auto booking = agency_->Create(create);
  ASSERT_TRUE(booking.ok()) << booking.status();
  auto assigned = client_->Assign(*shift, Staff(v1::Position::PENSIONER));
  ASSERT_TRUE(assigned.ok()) << assigned.status();

  v1::KickOutAgencyBookingRequest kick;
  kick.set_name(booking->name());
  kick.set_assignment(assigned->name());
  kick.set_request_id(NewRequestId());
  const absl::Status late =
      agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick)
          .status();
  EXPECT_EQ(late.code(), absl::StatusCode::kFailedPrecondition) << late;
  EXPECT_NE(std::string(late.message()).find("48 h before the start"),
            std::string::npos)
      << late;
  v1::GetRequest get;
  get.set_name(booking->name());
  EXPECT_EQ(
      agency_->Call(&v1::AgencyService::Stub::GetAgencyBooking, get)->state(),
      AgencyBooking::BOOKED);
  EXPECT_TRUE(agency_->Fill(*assigned)->replaced_agency_booking().empty());

  // With a cut-off of 0 hours the kick-out is allowed until the start.
  v1::UpdateAgencySettingsRequest update;
  update.mutable_settings()->set_organisation(org_.name());
  update.mutable_settings()->set_consultation_policy(v1::AgencySettings::WARN);
  update.mutable_settings()->set_kick_out_cutoff_hours(0);
  update.set_request_id(NewRequestId());
  ASSERT_TRUE(
      agency_->Call(&v1::AgencyService::Stub::UpdateAgencySettings, update)
          .ok());
  kick.set_request_id(NewRequestId());
  auto kicked =
      agency_->Call(&v1::AgencyService::Stub::KickOutAgencyBooking, kick);
  ASSERT_TRUE(kicked.ok()) << kicked.status();
  EXPECT_EQ(kicked->internal_fill().channel(), v1::InternalFill::PENSIONER);
}

TEST_F(AgencyServerTest, ReportRequestErrors) {
  v1::GetAgencyReportRequest r;
  r.mutable_first_month()->set_year(2026);
  r.mutable_first_month()->set_month(13);
  auto bad = agency_->Call(&v1::AgencyService::Stub::GetAgencyReport, r);
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(std::string(bad.status().message()).starts_with("first_month: "))
      << bad.status();
  r.Clear();
  r.set_organisation("organisations/nope");
  EXPECT_EQ(agency_->Call(&v1::AgencyService::Stub::GetAgencyReport, r)
                .status()
                .code(),
            absl::StatusCode::kNotFound);
  r.Clear();
  auto cards = agency_->Call(&v1::AgencyService::Stub::ListRateCards,
                             v1::ListRateCardsRequest());
  ASSERT_TRUE(cards.ok());
  EXPECT_EQ(cards->rate_cards_size(), 48);
}

}  // namespace
}  // namespace vaktbro::testing
