// Passwords and session tokens, with libsodium.
//
// Passwords are hashed with Argon2id (crypto_pwhash_str: the salt and the
// cost parameters are part of the stored string). Tokens are 32 random bytes
// in URL-safe base64; the store keeps only their SHA-256.
#ifndef VAKTBRO_SERVER_AUTH_PASSWORD_H_
#define VAKTBRO_SERVER_AUTH_PASSWORD_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace vaktbro::auth {

// Makes libsodium ready; call once before the functions below (idempotent).
absl::Status InitCrypto();

// The Argon2id hash string of `password`. INTERNAL when out of memory.
absl::StatusOr<std::string> HashPassword(std::string_view password);
// True when `password` matches `hash` (a HashPassword result).
bool VerifyPassword(std::string_view hash, std::string_view password);

// A new random session token.
std::string NewToken();
// The hex SHA-256 of a token: the id of its session record.
std::string TokenId(std::string_view token);

// INVALID_ARGUMENT naming `field` when the password is too weak to accept
// (shorter than 10 characters, or longer than 1024).
absl::Status CheckPasswordStrength(std::string_view password, std::string_view field);

}  // namespace vaktbro::auth

#endif  // VAKTBRO_SERVER_AUTH_PASSWORD_H_
