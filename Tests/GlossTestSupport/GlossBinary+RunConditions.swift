import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension GlossBinary {
    /// Whether this test process, and so the `gloss` built beside it, runs under ThreadSanitizer
    /// (`swift test --sanitize=thread`): its runtime is linked in when the symbol exists
    /// (`dlsym(nil, ...)` is glibc's RTLD_DEFAULT lookup).
    public static let underThreadSanitizer = dlsym(nil, "__tsan_init") != nil

    /// Whether the tests run under any sanitizer (ThreadSanitizer or AddressSanitizer).
    public static let underSanitizer = underThreadSanitizer || dlsym(nil, "__asan_init") != nil

    /// Whether the tests (and so gloss) run as root, for whom permission bits do not make a file
    /// unreadable.
    public static let isRoot = geteuid() == 0
}
