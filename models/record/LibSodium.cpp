// libsodium, loaded when the first signature is checked (core/LazyLibrary.h):
// the record verifies with it (PersonKey.cpp says why), which a window
// does after its workspace opened, not before its first paint.
#include "models/core/LazyLibrary.h"

#include <sodium.h>

namespace {
const ic::Lazy::Library LibSodium{"libsodium.so.23", "libsodium23", "check signatures"};
} // namespace

#define IC_SODIUM(Return, Name, Parameters, Arguments)                                             \
    IC_LAZY_FUNCTION(LibSodium, Return, Name, Parameters, Arguments)

IC_SODIUM(int, sodium_init, (void), ())
IC_SODIUM(int, crypto_sign_verify_detached,
          (const unsigned char *sig, const unsigned char *m, unsigned long long mlen,
           const unsigned char *pk),
          (sig, m, mlen, pk))
IC_SODIUM(int, crypto_core_ed25519_is_valid_point, (const unsigned char *p), (p))
