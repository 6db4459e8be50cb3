// SPDX-License-Identifier: GPL-3.0-or-later
// A probe that takes its time, like one waiting on a slow or hung network file system.
#pragma once

#include "whydenied/diagnose.h"

#include <atomic>
#include <chrono>
#include <thread>

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

}  // namespace wdtest
