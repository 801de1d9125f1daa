// Europe/Oslo wall-clock time without the system time zone database.
//
// Norway follows the EU summer-time rule: UTC+1 in winter, UTC+2 from the
// last Sunday of March 01:00 UTC until the last Sunday of October 01:00 UTC.
// Computing it here keeps the demo identical on machines with and without
// tzdata and avoids setenv("TZ") in a threaded server. Valid for the years the
// EU rule has applied (1996 on) and until it is changed.
#ifndef VAKTBRO_SERVER_DEMO_OSLO_TIME_H_
#define VAKTBRO_SERVER_DEMO_OSLO_TIME_H_

#include <chrono>
#include <cstdint>

namespace vaktbro::demo {

// True when summer time (UTC+2) applies at the instant `unix_seconds`.
bool IsOsloSummerTime(int64_t unix_seconds);

// The UTC offset in seconds at that instant: 3600 or 7200.
int OsloUtcOffsetSeconds(int64_t unix_seconds);

// The instant at which Oslo clocks show `minutes` minutes after midnight on
// `day` (minutes may exceed 1440 to mean a later day). A wall-clock time that
// occurs twice (the October change) resolves to the first, summer-time,
// occurrence; one that does not occur (02:00-03:00 on the March change) is
// taken as winter time, i.e. one hour later on the clock.
int64_t OsloLocalToUnix(std::chrono::sys_days day, int minutes);

}  // namespace vaktbro::demo

#endif  // VAKTBRO_SERVER_DEMO_OSLO_TIME_H_
