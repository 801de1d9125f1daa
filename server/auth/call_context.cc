#include "call_context.h"

namespace vaktbro::auth {
namespace {

const Caller& SystemCaller() {
  static const Caller* const system = new Caller();
  return *system;
}

thread_local const Caller* current = nullptr;

}  // namespace

const Caller& CurrentCaller() { return current != nullptr ? *current : SystemCaller(); }

ScopedCaller::ScopedCaller(const Caller& caller) : previous_(current) { current = &caller; }

ScopedCaller::~ScopedCaller() { current = previous_; }

}  // namespace vaktbro::auth
