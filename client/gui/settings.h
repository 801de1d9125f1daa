// The client's persistent settings, kept with wxConfig (on Linux the file
// ~/.config/vaktbro/vaktbro.conf, XDG layout). GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_SETTINGS_H_
#define VAKTBRO_CLIENT_GUI_SETTINGS_H_

#include <wx/gdicmn.h>
#include <wx/string.h>

namespace vaktbro::gui {

// vaktbro-server's own default --listen address.
inline constexpr char kDefaultServerAddress[] = "127.0.0.1:50551";

// The exchange's address "host:port": the saved one, else $VAKTBRO_SERVER
// (as vaktbroctl reads it), else kDefaultServerAddress.
wxString LoadServerAddress();
// Saves `address` and flushes it to disk.
void SaveServerAddress(const wxString& address);

// The main window's layout, kept per role between runs.
struct WindowLayout {
  wxRect rect;            // empty: not saved yet
  bool maximized = false;
  int page = 0;           // the notebook's selected page
  int sash = -1;          // the board/candidates splitter; -1: default
  bool timeline_list = false;  // the timeline shown as a list
};
WindowLayout LoadLayout(const wxString& role);
void SaveLayout(const wxString& role, const WindowLayout& layout);

// The last login name, to fill the login dialog.
wxString LoadLastLogin();
void SaveLastLogin(const wxString& login);

// True when `address` has the form host:port with a port in 1-65535.
bool IsServerAddress(const wxString& address);

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_SETTINGS_H_
