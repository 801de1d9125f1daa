// vaktbro-count-open-shifts HOST:PORT
//
// Prints the number of OPEN and PARTLY_FILLED shifts on the server (all
// organisations, no date limit): the rows the board must show unfiltered.
// Exit status 0 on success, 1 on an RPC error, 2 on bad usage.
#include <cstdio>
#include <string>

#include "exchange_client.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s HOST:PORT\n", argv[0]);
    return 2;
  }
  vaktbro::client::ExchangeClient client(
      vaktbro::client::ExchangeClient::Connect(argv[1]));
  auto shifts = client.ListOpenShifts({});
  if (!shifts.ok()) {
    std::fprintf(stderr, "%s\n", shifts.status().ToString().c_str());
    return 1;
  }
  std::printf("%zu\n", shifts->size());
  return 0;
}
