#include "demo_random.h"

#include <limits>

namespace vaktbro::demo {
namespace {

// FNV-1a over the stream name, then a SplitMix64 finaliser to spread the bits.
uint64_t MixSeed(uint64_t seed, std::string_view stream) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : stream) {
    h ^= c;
    h *= 1099511628211ull;
  }
  uint64_t z = seed ^ h;
  z += 0x9e3779b97f4a7c15ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace

DemoRandom::DemoRandom(uint64_t seed, std::string_view stream)
    : engine_(MixSeed(seed, stream)) {}

int64_t DemoRandom::Uniform(int64_t lo, int64_t hi) {
  const uint64_t range = static_cast<uint64_t>(hi - lo) + 1;
  if (range == 0) return static_cast<int64_t>(Next());  // the full 64-bit range
  // Reject the top partial bucket so every value is equally likely.
  const uint64_t max = std::numeric_limits<uint64_t>::max();
  const uint64_t excess = (max % range + 1) % range;
  uint64_t x = Next();
  while (excess != 0 && x > max - excess) x = Next();
  return lo + static_cast<int64_t>(x % range);
}

double DemoRandom::Fraction() {
  return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0);
}

size_t DemoRandom::Weighted(const std::vector<double>& weights) {
  double total = 0;
  for (double w : weights) total += w;
  double target = Fraction() * total;
  for (size_t i = 0; i < weights.size(); ++i) {
    if (target < weights[i]) return i;
    target -= weights[i];
  }
  // Rounding left a sliver: the last index with a positive weight.
  for (size_t i = weights.size(); i > 0; --i) {
    if (weights[i - 1] > 0) return i - 1;
  }
  return 0;
}

}  // namespace vaktbro::demo
