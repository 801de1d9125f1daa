// The notice of secondary work (bierverv) to the main employer that
// helsepersonelloven §19 asks of authorised health personnel, as a record
// and as a printable one-page document in Bokmål. Pure; thread-safe.
#ifndef VAKTBRO_SERVER_AGREEMENTS_NOTICE_H_
#define VAKTBRO_SERVER_AGREEMENTS_NOTICE_H_

#include <string>

#include "google/protobuf/timestamp.pb.h"
#include "vaktbro/v1/agreements.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::agreements {

struct NoticeParties {
  const v1::Person* person = nullptr;
  const v1::Organisation* main_employer = nullptr;
  const v1::Organisation* secondary_employer = nullptr;
};

// The notice of an agreement that has just become ACTIVE: named
// "notices/{agreement id}" (so an agreement has at most one), with the
// document in `text`. REQUIRES: every pointer of `parties` set.
v1::SecondaryWorkNotice MakeNotice(const v1::Agreement& a, const NoticeParties& parties,
                                   const google::protobuf::Timestamp& now);

// The document alone (exposed for tests).
std::string NoticeText(const v1::SecondaryWorkNotice& n, const v1::Agreement& a);

}  // namespace vaktbro::agreements

#endif  // VAKTBRO_SERVER_AGREEMENTS_NOTICE_H_
