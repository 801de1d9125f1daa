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

bool IsServerAddress(const wxString& address) {
  const wxString host = address.BeforeLast(':');
  const wxString port = address.AfterLast(':');
  unsigned long number = 0;
  return !host.empty() && address.Contains(":") && port.ToULong(&number) &&
         number >= 1 && number <= 65535;
}

}  // namespace vaktbro::gui
