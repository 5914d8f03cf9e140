/* A stand-in for Windows' bcryptprimitives.dll, for running Parama under Wine 8 only.
 *
 * Rust's standard library gets random bytes from ProcessPrng in bcryptprimitives.dll, which
 * Windows 10 and later have and Wine 8 lacks. This forwards it to BCryptGenRandom, which Wine
 * has. It is part of the test harness (.ci/windows.sh), never of what Parama ships. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) {
            return FALSE;
        }
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
