// Bad-input rows for DirectoryService.
#include <string>
#include <utility>
#include <vector>

#include "bad_input_cases.h"

namespace vaktbro::testing::bad_input {

std::vector<Case> DirectoryCases() {
  constexpr Method kOrg = Method::kCreateOrganisation,
                   kOrgU = Method::kUpdateOrganisation,
                   kPart = Method::kCreatePartnership,
                   kPartD = Method::kDeletePartnership,
                   kUnit = Method::kCreateUnit, kUnitU = Method::kUpdateUnit,
                   kPer = Method::kCreatePerson, kPerU = Method::kUpdatePerson,
                   kPos = Method::kCreatePosition,
                   kPosU = Method::kUpdatePosition,
                   kAv = Method::kCreateAvailability,
                   kAvD = Method::kDeleteAvailability;
  constexpr Code kInvalid = Code::kInvalidArgument, kNotFound = Code::kNotFound,
                 kExists = Code::kAlreadyExists, kAborted = Code::kAborted;
  const int too_young = CurrentYear() - 14;
  return {
      // --- CreateOrganisation
      {kOrg, "empty display_name",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_display_name("");
                     }),
       kInvalid, "organisation.display_name"},
      {kOrg, "10000-char display_name",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_display_name(Long());
                     }),
       kInvalid, "organisation.display_name"},
      {kOrg, "201-char display_name",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_display_name(
                           std::string(201, 'k'));
                     }),
       kInvalid, "organisation.display_name"},
      {kOrg, "kind unset",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_kind(
                           v1::Organisation::KIND_UNSPECIFIED);
                     }),
       kInvalid, "organisation.kind"},
      {kOrg, "8-digit organisation number",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_organisation_number(
                           "97476067");
                     }),
       kInvalid, "organisation.organisation_number"},
      {kOrg, "10-digit organisation number",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_organisation_number(
                           OrganisationNumber(7) + "0");
                     }),
       kInvalid, "organisation.organisation_number"},
      {kOrg, "organisation number with a bad check digit",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_organisation_number(
                           WrongCheckDigit(OrganisationNumber(8)));
                     }),
       kInvalid, "organisation.organisation_number"},
      {kOrg, "organisation number whose check digit would be 10",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_organisation_number(
                           NumberWithCheckDigitTen());
                     }),
       kInvalid, "organisation.organisation_number"},
      {kOrg, "organisation number with letters",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_organisation_number(
                           "9747606a3");
                     }),
       kInvalid, "organisation.organisation_number"},
      {kOrg, "empty organisation number",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_organisation_number("");
                     }),
       kInvalid, "organisation.organisation_number"},
      {kOrg, "empty region",
       Spoil<OrgReq>(
           kOrg,
           [](auto& r, auto&) { r.mutable_organisation()->set_region(""); }),
       kInvalid, "organisation.region"},
      {kOrg, "10000-char region",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_region(Long());
                     }),
       kInvalid, "organisation.region"},
      {kOrg, "organisation_id with capitals",
       Spoil<OrgReq>(
           kOrg,
           [](auto& r, auto&) { r.set_organisation_id("Vestvik_Kommune"); }),
       kInvalid, "organisation_id"},
      {kOrg, "41-char organisation_id",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) { r.set_organisation_id(LongId()); }),
       kInvalid, "organisation_id"},
      {kOrg, "duplicate organisation_id",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, const World& w) {
                       r.set_organisation_id(std::string(IdOf(w.org.name())));
                     }),
       kExists, ""},
      {kOrg, "65-char request_id",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, auto&) { r.set_request_id(LongRequestId()); }),
       kInvalid, "request_id"},
      {kOrg, "request_id reused for another organisation",
       Spoil<OrgReq>(kOrg,
                     [](auto& r, const World& w) {
                       r.set_request_id(UsedRequestId(w, kOrg));
                     }),
       kInvalid, "request_id"},
      // --- UpdateOrganisation
      {kOrgU, "empty name",
       Spoil<OrgUpd>(
           kOrgU,
           [](auto& r, auto&) { r.mutable_organisation()->set_name(""); }),
       kInvalid, "organisation.name"},
      {kOrgU, "unknown organisation",
       Spoil<OrgUpd>(kOrgU,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_name(
                           "organisations/no-such-org");
                     }),
       kNotFound, ""},
      {kOrgU, "stale etag",
       Spoil<OrgUpd>(kOrgU,
                     [](auto& r, const World& w) {
                       r.mutable_organisation()->set_etag(w.org_stale_etag);
                     }),
       kAborted, ""},
      {kOrgU, "empty display_name",
       Spoil<OrgUpd>(kOrgU,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_display_name("");
                     }),
       kInvalid, "organisation.display_name"},
      {kOrgU, "bad check digit",
       Spoil<OrgUpd>(kOrgU,
                     [](auto& r, const World& w) {
                       r.mutable_organisation()->set_organisation_number(
                           WrongCheckDigit(w.org.organisation_number()));
                     }),
       kInvalid, "organisation.organisation_number"},
      {kOrgU, "kind unset",
       Spoil<OrgUpd>(kOrgU,
                     [](auto& r, auto&) {
                       r.mutable_organisation()->set_kind(
                           v1::Organisation::KIND_UNSPECIFIED);
                     }),
       kInvalid, "organisation.kind"},
      // --- CreatePartnership
      {kPart, "one organisation",
       Spoil<PartnerReq>(
           kPart,
           [](auto& r, auto&) {
             r.mutable_partnership()->mutable_organisations()->RemoveLast();
           }),
       kInvalid, "partnership.organisations"},
      {kPart, "the same organisation twice",
       Spoil<PartnerReq>(kPart,
                         [](auto& r, auto&) {
                           r.mutable_partnership()->set_organisations(
                               1, r.partnership().organisations(0));
                         }),
       kInvalid, "partnership.organisations"},
      {kPart, "unknown organisation",
       Spoil<PartnerReq>(kPart,
                         [](auto& r, auto&) {
                           r.mutable_partnership()->set_organisations(
                               1, "organisations/no-such-org");
                         }),
       kNotFound, ""},
      {kPart, "end_date before start_date",
       Spoil<PartnerReq>(kPart,
                         [](auto& r, auto&) {
                           *r.mutable_partnership()->mutable_end_date() =
                               D(2023, 1, 1);
                         }),
       kInvalid, "partnership.end_date"},
      {kPart, "duplicate partnership_id",
       Spoil<PartnerReq>(kPart,
                         [](auto& r, const World& w) {
                           r.set_partnership_id(
                               std::string(IdOf(w.partnership.name())));
                         }),
       kExists, ""},
      // --- DeletePartnership
      {kPartD, "empty name",
       Spoil<DeleteReq>(kPartD, [](auto& r, auto&) { r.set_name(""); }),
       kInvalid, "name"},
      {kPartD, "unknown partnership",
       Spoil<DeleteReq>(kPartD,
                        [](auto& r, auto&) {
                          r.set_name("partnerships/no-such-partnership");
                        }),
       kNotFound, ""},
      {kPartD, "wrong etag",
       Spoil<DeleteReq>(kPartD,
                        [](auto& r, const World& w) {
                          r.set_etag(w.partnership.etag() + "-stale");
                        }),
       kAborted, ""},
      // --- CreateUnit
      {kUnit, "empty display_name",
       Spoil<UnitReq>(
           kUnit,
           [](auto& r, auto&) { r.mutable_unit()->set_display_name(""); }),
       kInvalid, "unit.display_name"},
      {kUnit, "10000-char display_name",
       Spoil<UnitReq>(
           kUnit,
           [](auto& r, auto&) { r.mutable_unit()->set_display_name(Long()); }),
       kInvalid, "unit.display_name"},
      {kUnit, "kind unset",
       Spoil<UnitReq>(kUnit,
                      [](auto& r, auto&) {
                        r.mutable_unit()->set_kind(v1::Unit::KIND_UNSPECIFIED);
                      }),
       kInvalid, "unit.kind"},
      {kUnit, "unknown organisation",
       Spoil<UnitReq>(kUnit,
                      [](auto& r, auto&) {
                        r.mutable_unit()->set_organisation(
                            "organisations/no-such-org");
                      }),
       kNotFound, ""},
      {kUnit, "empty organisation",
       Spoil<UnitReq>(
           kUnit,
           [](auto& r, auto&) { r.mutable_unit()->set_organisation(""); }),
       kInvalid, "unit.organisation"},
      {kUnit, "duplicate unit_id",
       Spoil<UnitReq>(kUnit,
                      [](auto& r, const World& w) {
                        r.set_unit_id(std::string(IdOf(w.unit.name())));
                      }),
       kExists, ""},
      {kUnit, "unit_id with a slash",
       Spoil<UnitReq>(kUnit, [](auto& r, auto&) { r.set_unit_id("a/b"); }),
       kInvalid, "unit_id"},
      // --- UpdateUnit
      {kUnitU, "unknown unit",
       Spoil<UnitUpd>(kUnitU,
                      [](auto& r, auto&) {
                        r.mutable_unit()->set_name("units/no-such-unit");
                      }),
       kNotFound, ""},
      {kUnitU, "stale etag",
       Spoil<UnitUpd>(kUnitU,
                      [](auto& r, const World& w) {
                        r.mutable_unit()->set_etag(w.unit_stale_etag);
                      }),
       kAborted, ""},
      {kUnitU, "10000-char display_name",
       Spoil<UnitUpd>(
           kUnitU,
           [](auto& r, auto&) { r.mutable_unit()->set_display_name(Long()); }),
       kInvalid, "unit.display_name"},
      {kUnitU, "kind unset",
       Spoil<UnitUpd>(kUnitU,
                      [](auto& r, auto&) {
                        r.mutable_unit()->set_kind(v1::Unit::KIND_UNSPECIFIED);
                      }),
       kInvalid, "unit.kind"},
      // --- CreatePerson
      {kPer, "empty display_name",
       Spoil<PersonReq>(
           kPer,
           [](auto& r, auto&) { r.mutable_person()->set_display_name(""); }),
       kInvalid, "person.display_name"},
      {kPer, "10000-char display_name",
       Spoil<PersonReq>(kPer,
                        [](auto& r, auto&) {
                          r.mutable_person()->set_display_name(Long());
                        }),
       kInvalid, "person.display_name"},
      {kPer, "born 1919",
       Spoil<PersonReq>(
           kPer,
           [](auto& r, auto&) { r.mutable_person()->set_birth_year(1919); }),
       kInvalid, "person.birth_year"},
      {kPer, "14 years old",
       Spoil<PersonReq>(kPer,
                        [too_young](auto& r, auto&) {
                          r.mutable_person()->set_birth_year(too_young);
                        }),
       kInvalid, "person.birth_year"},
      {kPer, "birth_year unset",
       Spoil<PersonReq>(
           kPer, [](auto& r, auto&) { r.mutable_person()->set_birth_year(0); }),
       kInvalid, "person.birth_year"},
      {kPer, "6-digit HPR number",
       Spoil<PersonReq>(kPer,
                        [](auto& r, auto&) {
                          r.mutable_person()->set_hpr_number("123456");
                        }),
       kInvalid, "person.hpr_number"},
      {kPer, "10-digit HPR number",
       Spoil<PersonReq>(kPer,
                        [](auto& r, auto&) {
                          r.mutable_person()->set_hpr_number("1234567890");
                        }),
       kInvalid, "person.hpr_number"},
      {kPer, "HPR number with letters",
       Spoil<PersonReq>(kPer,
                        [](auto& r, auto&) {
                          r.mutable_person()->set_hpr_number("12345A7");
                        }),
       kInvalid, "person.hpr_number"},
      {kPer, "profession unspecified",
       Spoil<PersonReq>(kPer,
                        [](auto& r, auto&) {
                          r.mutable_person()->add_professions(
                              v1::PROFESSION_UNSPECIFIED);
                        }),
       kInvalid, "person.professions"},
      {kPer, "empty competence code",
       Spoil<PersonReq>(kPer,
                        [](auto& r, auto&) {
                          r.mutable_person()->add_competences()->set_code("");
                        }),
       kInvalid, "person.competences"},
      {kPer, "41-char competence code",
       Spoil<PersonReq>(kPer,
                        [](auto& r, auto&) {
                          r.mutable_person()->add_competences()->set_code(
                              std::string(41, 'C'));
                        }),
       kInvalid, "person.competences"},
      {kPer, "duplicate person_id",
       Spoil<PersonReq>(kPer,
                        [](auto& r, const World& w) {
                          r.set_person_id(std::string(IdOf(w.nurse.name())));
                        }),
       kExists, ""},
      {kPer, "41-char person_id",
       Spoil<PersonReq>(kPer,
                        [](auto& r, auto&) { r.set_person_id(LongId()); }),
       kInvalid, "person_id"},
      {kPer, "request_id reused for another person",
       Spoil<PersonReq>(kPer,
                        [](auto& r, const World& w) {
                          r.set_request_id(UsedRequestId(w, kPer));
                        }),
       kInvalid, "request_id"},
      // --- UpdatePerson
      {kPerU, "unknown person",
       Spoil<PersonUpd>(kPerU,
                        [](auto& r, auto&) {
                          r.mutable_person()->set_name("people/no-such-person");
                        }),
       kNotFound, ""},
      {kPerU, "stale etag",
       Spoil<PersonUpd>(kPerU,
                        [](auto& r, const World& w) {
                          r.mutable_person()->set_etag(w.nurse_stale_etag);
                        }),
       kAborted, ""},
      {kPerU, "2-digit HPR number",
       Spoil<PersonUpd>(
           kPerU,
           [](auto& r, auto&) { r.mutable_person()->set_hpr_number("12"); }),
       kInvalid, "person.hpr_number"},
      {kPerU, "born 1900",
       Spoil<PersonUpd>(
           kPerU,
           [](auto& r, auto&) { r.mutable_person()->set_birth_year(1900); }),
       kInvalid, "person.birth_year"},
      {kPerU, "empty display_name",
       Spoil<PersonUpd>(
           kPerU,
           [](auto& r, auto&) { r.mutable_person()->set_display_name(""); }),
       kInvalid, "person.display_name"},
      // --- CreatePosition
      {kPos, "percentage -1",
       Spoil<PositionReq>(
           kPos,
           [](auto& r, auto&) { r.mutable_position()->set_percentage(-1); }),
       kInvalid, "position.percentage"},
      {kPos, "percentage 101",
       Spoil<PositionReq>(
           kPos,
           [](auto& r, auto&) { r.mutable_position()->set_percentage(101); }),
       kInvalid, "position.percentage"},
      {kPos, "kind unset",
       Spoil<PositionReq>(kPos,
                          [](auto& r, auto&) {
                            r.mutable_position()->set_kind(
                                v1::Position::KIND_UNSPECIFIED);
                          }),
       kInvalid, "position.kind"},
      {kPos, "valid_from unset",
       Spoil<PositionReq>(
           kPos,
           [](auto& r, auto&) { r.mutable_position()->clear_valid_from(); }),
       kInvalid, "position.valid_from"},
      {kPos, "valid_from 30 February",
       Spoil<PositionReq>(kPos,
                          [](auto& r, auto&) {
                            *r.mutable_position()->mutable_valid_from() =
                                D(2023, 2, 30);
                          }),
       kInvalid, "position.valid_from"},
      {kPos, "valid_to before valid_from",
       Spoil<PositionReq>(kPos,
                          [](auto& r, auto&) {
                            *r.mutable_position()->mutable_valid_to() =
                                D(2019, 12, 31);
                          }),
       kInvalid, "position.valid_to"},
      {kPos, "pay_scheme unset",
       Spoil<PositionReq>(kPos,
                          [](auto& r, auto&) {
                            r.mutable_position()->set_pay_scheme(
                                v1::Position::PAY_SCHEME_UNSPECIFIED);
                          }),
       kInvalid, "position.pay_scheme"},
      {kPos, "pensjonistlønn on a non-pensioner position",
       Spoil<PositionReq>(kPos,
                          [](auto& r, auto&) {
                            r.mutable_position()->set_pay_scheme(
                                v1::Position::PENSJONISTLONN);
                          }),
       kInvalid, "position.pay_scheme"},
      {kPos, "unknown person",
       Spoil<PositionReq>(kPos,
                          [](auto& r, auto&) {
                            r.mutable_position()->set_person(
                                "people/no-such-person");
                          }),
       kNotFound, ""},
      {kPos, "unknown employer",
       Spoil<PositionReq>(kPos,
                          [](auto& r, auto&) {
                            r.mutable_position()->set_employer(
                                "organisations/no-such-org");
                            r.mutable_position()->clear_unit();
                          }),
       kNotFound, ""},
      {kPos, "unknown unit",
       Spoil<PositionReq>(kPos,
                          [](auto& r, auto&) {
                            r.mutable_position()->set_unit(
                                "units/no-such-unit");
                          }),
       kNotFound, ""},
      {kPos, "unit of another employer",
       Spoil<PositionReq>(kPos,
                          [](auto& r, const World& w) {
                            r.mutable_position()->set_unit(w.unit.name());
                          }),
       kInvalid, "position.unit"},
      {kPos, "duplicate position_id",
       Spoil<PositionReq>(kPos,
                          [](auto& r, const World& w) {
                            r.set_position_id(
                                std::string(IdOf(w.position.name())));
                          }),
       kExists, ""},
      // --- UpdatePosition
      {kPosU, "unknown position",
       Spoil<PositionUpd>(kPosU,
                          [](auto& r, auto&) {
                            r.mutable_position()->set_name(
                                "positions/no-such-position");
                          }),
       kNotFound, ""},
      {kPosU, "stale etag",
       Spoil<PositionUpd>(kPosU,
                          [](auto& r, const World& w) {
                            r.mutable_position()->set_etag(
                                w.position_stale_etag);
                          }),
       kAborted, ""},
      {kPosU, "percentage 101",
       Spoil<PositionUpd>(
           kPosU,
           [](auto& r, auto&) { r.mutable_position()->set_percentage(101); }),
       kInvalid, "position.percentage"},
      {kPosU, "percentage -1",
       Spoil<PositionUpd>(
           kPosU,
           [](auto& r, auto&) { r.mutable_position()->set_percentage(-1); }),
       kInvalid, "position.percentage"},
      {kPosU, "unit of another employer",
       Spoil<PositionUpd>(kPosU,
                          [](auto& r, const World& w) {
                            r.mutable_position()->set_unit(w.other_unit.name());
                          }),
       kInvalid, "position.unit"},
      {kPosU, "valid_to before valid_from",
       Spoil<PositionUpd>(kPosU,
                          [](auto& r, auto&) {
                            *r.mutable_position()->mutable_valid_to() =
                                D(2019, 1, 1);
                          }),
       kInvalid, "position.valid_to"},
      // --- CreateAvailability
      {kAv, "unknown person",
       Spoil<AvailReq>(kAv,
                       [](auto& r, auto&) {
                         r.mutable_availability()->set_person(
                             "people/no-such-person");
                       }),
       kNotFound, ""},
      {kAv, "end before start",
       Spoil<AvailReq>(kAv,
                       [](auto& r, auto&) {
                         std::swap(
                             *r.mutable_availability()->mutable_start_time(),
                             *r.mutable_availability()->mutable_end_time());
                       }),
       kInvalid, "availability.end_time"},
      {kAv, "start unset",
       Spoil<AvailReq>(kAv,
                       [](auto& r, auto&) {
                         r.mutable_availability()->clear_start_time();
                       }),
       kInvalid, "availability.start_time"},
      // --- DeleteAvailability
      {kAvD, "empty name",
       Spoil<DeleteReq>(kAvD, [](auto& r, auto&) { r.set_name(""); }), kInvalid,
       "name"},
      {kAvD, "unknown availability",
       Spoil<DeleteReq>(
           kAvD,
           [](auto& r, auto&) { r.set_name("availabilities/no-such-window"); }),
       kNotFound, ""},
      {kAvD, "wrong etag",
       Spoil<DeleteReq>(kAvD,
                        [](auto& r, const World& w) {
                          r.set_etag(w.availability.etag() + "-stale");
                        }),
       kAborted, ""},
  };
}

}  // namespace vaktbro::testing::bad_input
