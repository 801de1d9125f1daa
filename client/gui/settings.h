// The client's persistent settings, kept with wxConfig (on Linux the file
// ~/.config/vaktbro/vaktbro.conf, XDG layout). GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_SETTINGS_H_
#define VAKTBRO_CLIENT_GUI_SETTINGS_H_

#include <wx/string.h>

namespace vaktbro::gui {

// vaktbro-server's own default --listen address.
inline constexpr char kDefaultServerAddress[] = "127.0.0.1:50551";

// The exchange's address "host:port": the saved one, else $VAKTBRO_SERVER
// (as vaktbroctl reads it), else kDefaultServerAddress.
wxString LoadServerAddress();
// Saves `address` and flushes it to disk.
void SaveServerAddress(const wxString& address);

// True when `address` has the form host:port with a port in 1-65535.
bool IsServerAddress(const wxString& address);

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_SETTINGS_H_
