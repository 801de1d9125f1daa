#include "settings.h"

#include <wx/config.h>
#include <wx/utils.h>

namespace vaktbro::gui {
namespace {

constexpr char kServerKey[] = "/Connection/Server";

}  // namespace

wxString LoadServerAddress() {
  wxString fallback = kDefaultServerAddress;
  wxString from_environment;
  if (wxGetEnv("VAKTBRO_SERVER", &from_environment) &&
      IsServerAddress(from_environment)) {
    fallback = from_environment;
  }
  return wxConfigBase::Get()->Read(kServerKey, fallback);
}

void SaveServerAddress(const wxString& address) {
  wxConfigBase* config = wxConfigBase::Get();
  config->Write(kServerKey, address);
  config->Flush();
}

WindowLayout LoadLayout(const wxString& role) {
  wxConfigBase* config = wxConfigBase::Get();
  const wxString path = "/Layout/" + role + "/";
  WindowLayout layout;
  layout.rect.x = config->ReadLong(path + "X", 0);
  layout.rect.y = config->ReadLong(path + "Y", 0);
  layout.rect.width = config->ReadLong(path + "Width", 0);
  layout.rect.height = config->ReadLong(path + "Height", 0);
  layout.maximized = config->ReadBool(path + "Maximized", false);
  layout.page = config->ReadLong(path + "Page", 0);
  layout.sash = config->ReadLong(path + "Sash", -1);
  layout.timeline_list = config->ReadBool(path + "TimelineList", false);
  return layout;
}

void SaveLayout(const wxString& role, const WindowLayout& layout) {
  wxConfigBase* config = wxConfigBase::Get();
  const wxString path = "/Layout/" + role + "/";
  config->Write(path + "X", layout.rect.x);
  config->Write(path + "Y", layout.rect.y);
  config->Write(path + "Width", layout.rect.width);
  config->Write(path + "Height", layout.rect.height);
  config->Write(path + "Maximized", layout.maximized);
  config->Write(path + "Page", layout.page);
  config->Write(path + "Sash", layout.sash);
  config->Write(path + "TimelineList", layout.timeline_list);
  config->Flush();
}

wxString LoadLastLogin() {
  return wxConfigBase::Get()->Read("/Connection/Login", wxString());
}

void SaveLastLogin(const wxString& login) {
  wxConfigBase* config = wxConfigBase::Get();
  config->Write("/Connection/Login", login);
  config->Flush();
}

bool IsServerAddress(const wxString& address) {
  const wxString host = address.BeforeLast(':');
  const wxString port = address.AfterLast(':');
  unsigned long number = 0;
  return !host.empty() && address.Contains(":") && port.ToULong(&number) &&
         number >= 1 && number <= 65535;
}

}  // namespace vaktbro::gui
