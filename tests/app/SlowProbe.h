// SPDX-License-Identifier: GPL-3.0-or-later
// Probes that take their time, like one waiting on a slow or hung network file system.
#pragma once

#include "TestSupport.h"
#include "whydenied/diagnose.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <utility>

namespace wdtest {

class SlowProbe : public wd::Probe {
public:
    // `ignoreCancel`: behave like a thread stuck in a kernel call, which no token can interrupt.
    explicit SlowProbe(int totalMs, bool ignoreCancel = false) : totalMs_(totalMs), ignoreCancel_(ignoreCancel) {}

    wd::Facts gather(const wd::DiagnoseRequest& req, const wd::CancelToken* cancel,
                     const wd::ProgressFn& progress) override {
        started = true;
        wd::Facts f;
        f.op = req.op;
        f.input = req.path;
        f.absolute = req.path;
        for (int waited = 0; waited < totalMs_; waited += 10) {
            if (cancel && cancel->cancelled()) {
                sawCancel = true;
                if (!ignoreCancel_) break;
            }
            if (progress) progress(waited * 100 / totalMs_, "waiting for the server");
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        returned = true;
        return f;
    }

    std::atomic<bool> started{false}, sawCancel{false}, returned{false};

private:
    int totalMs_;
    bool ignoreCancel_;
};

// Work that ignores every cancel token, like a thread stuck in a kernel call, until released (or
// until kHangMs pass, so that a close that waits for it makes a test fail instead of hang).
struct Stuck {
    static constexpr int kHangMs = 8000;
    std::atomic<bool> started{false}, released{false}, returned{false};
    // Set by StuckProbe: its destructor ran; a worker was still inside it then.
    std::atomic<bool> probeGone{false}, probeGoneWhileInUse{false};

    void block() {
        started = true;
        for (int waited = 0; !released && waited < kHangMs; waited += 10)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        returned = true;
    }
    // Lets the work go and runs the event loop until it has returned; false if it never did. The
    // work must end before the test does: it may use what the test owns.
    bool release() {
        released = true;
        return waitUntil([this] { return returned.load(); }, kHangMs + 2000);
    }
};

// A probe stuck until released. It keeps using itself after the wait, as a real probe would, and
// records whether it was destroyed under the worker's feet.
class StuckProbe : public wd::Probe {
public:
    explicit StuckProbe(std::shared_ptr<Stuck> stuck) : stuck_(std::move(stuck)) {}
    ~StuckProbe() override { stuck_->probeGone = true; }

    wd::Facts gather(const wd::DiagnoseRequest& req, const wd::CancelToken*, const wd::ProgressFn&) override {
        const std::shared_ptr<Stuck> stuck = stuck_;  // still readable if `this` is gone
        stuck->block();
        if (stuck->probeGone) stuck->probeGoneWhileInUse = true;
        ++gathered_;  // a use after free here is what AddressSanitizer reports
        wd::Facts f;
        f.op = req.op;
        f.input = f.absolute = req.path;
        return f;
    }

private:
    std::shared_ptr<Stuck> stuck_;
    int gathered_ = 0;
};

}  // namespace wdtest
