// The server's validation messages are English. Those that are fixed
// strings are also in the "vaktbro" catalog, so a Norwegian user reads
// them in Norwegian; any other message is shown as the server sent it.
#ifndef VAKTBRO_CLIENT_GUI_SERVER_MESSAGES_H_
#define VAKTBRO_CLIENT_GUI_SERVER_MESSAGES_H_

#include <wx/string.h>

#include <string>

namespace vaktbro::gui {

// The translation of `message` (UTF-8) if the catalog has one, else the
// message itself. GUI thread only.
wxString TranslateServerMessage(const std::string& message);

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_SERVER_MESSAGES_H_
