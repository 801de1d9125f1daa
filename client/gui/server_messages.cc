#include "server_messages.h"

#include <wx/intl.h>
#include <wx/translation.h>

#include "i18n.h"

namespace vaktbro::gui {
namespace {

// Only for xgettext: the fixed messages of the server's shift validation
// (server/domain/checks.cc, validation.cc), kept in the catalog.
[[maybe_unused]] const char* const kKnownMessages[] = {
    wxTRANSLATE("must not be empty"),
    wxTRANSLATE("must be set"),
    wxTRANSLATE("must be after start_time"),
    wxTRANSLATE("is not a valid time"),
    wxTRANSLATE("must be within a year back and two years ahead"),
    wxTRANSLATE("must not contain control characters"),
};

}  // namespace

wxString TranslateServerMessage(const std::string& message) {
  return wxGetTranslation(ToWx(message));
}

}  // namespace vaktbro::gui
