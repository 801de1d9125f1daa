// English source labels for the API's enums, for display.
//
// The client core includes no GUI header, so it cannot call gettext itself.
// Every label here is an untranslated msgid marked with VAKTBRO_N_() so that
// xgettext (--keyword=VAKTBRO_N_) extracts it into the "vaktbro" catalog; the
// GUI passes it through its translation function before showing it.
//
// All functions return pointers to static strings (never null) and are safe
// to call from any thread.
#ifndef VAKTBRO_CLIENT_CORE_LABELS_H_
#define VAKTBRO_CLIENT_CORE_LABELS_H_

#include <functional>
#include <string>

#include "vaktbro/v1/matching.pb.h"
#include "vaktbro/v1/resources.pb.h"

// Marks a string literal for extraction without translating it.
#define VAKTBRO_N_(text) text

namespace vaktbro::client {

// Turns an English msgid into the user's language. The GUI supplies one
// backed by wxTranslations; the default (Identity) returns the msgid.
using Translate = std::function<std::string(const char* msgid)>;
std::string Identity(const char* msgid);

const char* ProfessionLabel(v1::Profession profession);
const char* StateLabel(v1::Shift::State state);
const char* ReasonLabel(v1::Shift::Reason reason);
const char* VisibilityLabel(v1::Shift::Visibility visibility);

const char* TierLabel(v1::CascadeTier tier);
const char* PositionKindLabel(v1::Position::Kind kind);
// "BLOCK", "WARN", "INFO" as words: "Blocks", "Warning", "Note".
const char* SeverityLabel(v1::Finding::Severity severity);
// A score factor ("cost", "familiarity"...); unknown ones come back as
// given (not translated).
const char* FactorLabel(const std::string& factor);
const char* CascadeStateLabel(v1::Cascade::State state);
const char* CascadeEventLabel(v1::Cascade::Step::Event event);

// Short weekday name, 0 = Monday ... 6 = Sunday; "?" out of range.
const char* WeekdayLabel(int monday_based_day);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_LABELS_H_
