#pragma once

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace bc::testsupport {

// Root ignores file modes (CAP_DAC_OVERRIDE), and the tests run as root in CI's containers, where
// read-only mounts and `chattr +i` are not available either. While a guard lives, the calling
// thread gives up the capabilities that bypass file modes (they stay in its permitted set and
// come back in the destructor), so a 0444 file in a 0555 folder is as read-only for SQLite as it
// is for an ordinary user. Without root there is nothing to give up.
class FileModesEnforced
{
public:
    FileModesEnforced()
    {
        if (geteuid() != 0)
            return;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        for (int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
            reduced[CAP_TO_INDEX(capability)].effective &= ~CAP_TO_MASK(capability);
        m_dropped = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~FileModesEnforced()
    {
        if (m_dropped)
            syscall(SYS_capset, &m_header, m_saved);
    }
    FileModesEnforced(const FileModesEnforced &) = delete;
    FileModesEnforced &operator=(const FileModesEnforced &) = delete;

    // True when file modes now apply to this thread.
    [[nodiscard]] bool active() const { return geteuid() != 0 || m_dropped; }

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2] = {};
    bool m_dropped = false;
};

} // namespace bc::testsupport
