// The policy table. docs/privacy.md explains it; tests/auth walks it.
//
// Columns: the method (service/method in vaktbro.v1); the request fields that
// name the target, "|"-separated ("-": none); then for coordinator,
// employee, manager and administrator the relationships that allow the call
// (self own org partner stranger any; "all"; "-" for none). "public": no
// token needed. A method missing here is refused to everyone.
#include "policy.h"

namespace vaktbro::auth {

const char kPolicyTableText[] = R"(
# method                                   targets                                   coordinator          employee        manager     administrator
AuthService/Login                          -                                         public
AuthService/Logout                         -                                         any                  any             any         all
AuthService/WhoAmI                         -                                         any                  any             any         all
AuthService/ChangePassword                 -                                         any                  any             any         all

AccountService/CreateAccount               account.organisation|account.person       -                    -               -           all
AccountService/GetAccount                  name                                      self                 self            self        all
AccountService/ListAccounts                organisation                              -                    -               own         all
AccountService/UpdateAccount               account.name                              -                    -               -           all
AccountService/SetPassword                 name                                      -                    -               -           all

AuditService/ListAuditRecords              person|account                            -                    self            -           all

AdminService/CreateBackup                  -                                         -                    -               -           all
AdminService/ListBackups                   -                                         -                    -               -           all

# The directory. Organisations and units are not personal data: every
# account may read them. People: the closest relationship over the person's
# positions; a partner coordinator gets the reduced view (docs/privacy.md).
DirectoryService/CreateOrganisation        -                                         -                    -               -           all
DirectoryService/GetOrganisation           name                                      all                  all             all         all
DirectoryService/ListOrganisations         -                                         all                  all             all         all
DirectoryService/UpdateOrganisation        organisation.name                         -                    -               own         all
DirectoryService/CreatePartnership         partnership.organisations                 -                    -               own         all
DirectoryService/ListPartnerships          organisation                              all                  all             all         all
DirectoryService/DeletePartnership         name                                      -                    -               own         all
DirectoryService/CreateUnit                unit.organisation                         -                    -               own         all
DirectoryService/GetUnit                   name                                      all                  all             all         all
DirectoryService/ListUnits                 organisation                              all                  all             all         all
DirectoryService/UpdateUnit                unit.name                                 -                    -               own         all
DirectoryService/CreatePerson              -                                         any                  -               any         all
DirectoryService/GetPerson                 name                                      own,org,partner      self            -           all
DirectoryService/ListPeople                -                                         -                    -               -           all
DirectoryService/UpdatePerson              person.name                               own,org              self            -           all
DirectoryService/CreatePosition            position.employer|position.unit           own                  -               own         all
DirectoryService/GetPosition               name                                      own,org,partner      self            own         all
DirectoryService/ListPositions             person|employer                           own,org,partner      self            own         all
DirectoryService/UpdatePosition            position.name                             own                  -               own         all
DirectoryService/CreateAvailability        availability.person                       own,org              self            -           all
DirectoryService/ListAvailabilities        person                                    own,org,partner      self            -           all
DirectoryService/DeleteAvailability        name                                      own,org              self            -           all

# Shifts: the shift's unit and organisation. Employees see the shifts of
# their employers and their partners; they act on their own assignments.
# ListShifts and WatchShifts without a filter give what the caller may see:
# their own organisations' shifts and their partners' (a manager: own only).
ShiftService/PostShift                     shift.unit                                own                  -               -           all
ShiftService/GetShift                      name                                      own,org,partner      own,partner     own         all
ShiftService/ListShifts                    unit|organisation                         own,org,partner,any  own,partner,any own,any     all
ShiftService/PublishShift                  name                                      own                  -               -           all
ShiftService/CancelShift                   name                                      own                  -               -           all
ShiftService/CompleteShift                 name                                      own                  -               -           all
ShiftService/OfferShift                    shift                                     own                  -               -           all
ShiftService/AssignShift                   shift                                     own                  -               -           all
ShiftService/AcceptOffer                   name                                      own                  self            -           all
ShiftService/DeclineOffer                  name                                      own                  self            -           all
ShiftService/WithdrawAssignment            name                                      own                  self            -           all
ShiftService/GetAssignment                 name                                      own,org              self            own         all
ShiftService/ListAssignments               person|shift                              own,org,partner      self            own         all
ShiftService/WatchShifts                   unit|organisation                         own,org,partner,any  own,partner,any own,any     all
ShiftService/ListAgencyBookings            organisation                              own,org              -               own         all

# Matching: the shift's unit. An employee may evaluate themselves for a
# shift (the offers inbox shows the findings before accepting).
MatchingService/FindCandidates             shift                                     own                  -               -           all
MatchingService/EvaluateCandidate          shift|person                              own                  self            -           all
MatchingService/ProposeAssignments         unit|organisation                         own                  -               -           all
MatchingService/GetProposal                name                                      own                  -               -           all
MatchingService/AcceptProposal             proposal                                  own                  -               -           all
MatchingService/StartCascade               shift                                     own                  -               -           all
MatchingService/GetCascade                 name                                      own,org              -               own         all
MatchingService/StopCascade                name                                      own                  -               -           all
MatchingService/ImportPlannedShifts        position                                  own,org              -               -           all
MatchingService/ListPlannedShifts          person                                    own,org              self            -           all
MatchingService/SetConsent                 person                                    -                    self            -           all

# Agency hire: the booking's organisation and unit.
AgencyService/CreateAgencyBooking          agency_booking.unit|agency_booking.organisation  own,org       -               own         all
AgencyService/GetAgencyBooking             name                                      own,org              -               own         all
AgencyService/ListAgencyBookings           unit|organisation                         own,org              -               own         all
AgencyService/CancelAgencyBooking          name                                      own,org              -               own         all
AgencyService/KickOutAgencyBooking         name                                      own                  -               -           all
AgencyService/ListInternalFills            unit|organisation|person                  own,org              -               own         all
AgencyService/GetAgencyReport              unit|organisation                         own,org              -               own         all
AgencyService/GetAgencySettings            organisation                              own,org              -               own         all
AgencyService/UpdateAgencySettings         settings.organisation                     -                    -               own         all
AgencyService/ListRateCards                -                                         all                  all             all         all

# Combined-position agreements and secondments: the two employers and the
# person are parties; nobody else sees them. An approval names the agreement
# and the approving organisation, and the caller must be at both.
AgreementService/ProposeAgreement          agreement.main_employer|agreement.secondary_employer|agreement.person  own,org  self  own  all
AgreementService/GetAgreement              name                                      own,org              self            own         all
AgreementService/ListAgreements            person|organisation                       own,org              self            own         all
AgreementService/ApproveAgreement          name&organisation                         own,org              -               own         all
AgreementService/AcceptAgreement           name                                      -                    self            -           all
AgreementService/WithdrawAgreement         name                                      own,org              self            own         all
AgreementService/EndAgreement              name                                      own,org              -               own         all
AgreementService/CompleteOnboardingItem    name                                      own,org              -               own         all
AgreementService/ListSecondaryWorkNotices  agreement                                 own,org              self            own         all
AgreementService/GetRechargeStatement      organisation                              -                    -               own         all
AgreementService/GetPositionSummary        person                                    own,org              self            own         all
)";

}  // namespace vaktbro::auth
