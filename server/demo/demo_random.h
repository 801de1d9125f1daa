// A small deterministic random source for the demo region.
//
// The demo must be byte-for-byte identical on every platform for the same
// seed, so nothing here uses the <random> distributions (their output is
// implementation-defined). std::mt19937_64 itself is fully specified by the
// standard; every helper below derives its numbers from it in a fixed way.
//
// Thread-safety: a DemoRandom is used by one thread at a time.
#ifndef VAKTBRO_SERVER_DEMO_DEMO_RANDOM_H_
#define VAKTBRO_SERVER_DEMO_DEMO_RANDOM_H_

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace vaktbro::demo {

class DemoRandom {
 public:
  // A stream for one part of the demo: the same (seed, stream) always gives
  // the same numbers, and streams with different names are independent, so
  // a change in one part of the generator does not reshuffle the others.
  DemoRandom(uint64_t seed, std::string_view stream);

  uint64_t Next() { return engine_(); }

  // A uniformly distributed integer in [lo, hi]. REQUIRES: lo <= hi.
  int64_t Uniform(int64_t lo, int64_t hi);

  // True with probability percent/100.
  bool Chance(int percent) { return Uniform(0, 99) < percent; }

  // A double in [0, 1) with 53 random bits.
  double Fraction();

  // An index drawn with probability proportional to weights[i].
  // REQUIRES: weights is non-empty, every weight >= 0, and the sum > 0.
  size_t Weighted(const std::vector<double>& weights);

  // One element of a non-empty container.
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[static_cast<size_t>(
        Uniform(0, static_cast<int64_t>(items.size()) - 1))];
  }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return Pick(std::span<const T>(items));
  }

  // Fisher-Yates shuffle with Uniform() (std::shuffle is not portable).
  template <typename T>
  void Shuffle(std::vector<T>& items) {
    for (size_t i = items.size(); i > 1; --i) {
      const auto j =
          static_cast<size_t>(Uniform(0, static_cast<int64_t>(i) - 1));
      std::swap(items[i - 1], items[j]);
    }
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace vaktbro::demo

#endif  // VAKTBRO_SERVER_DEMO_DEMO_RANDOM_H_
