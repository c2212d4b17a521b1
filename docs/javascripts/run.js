// Run it here: brings to life the bars that snippets/_site.py puts under the
// examples. Run runs the example (as edited) in Pyodide, a WebAssembly
// Python that this site serves and that loads on the first press only, on
// the book's simulated clock; the output then plays back at its simulated
// times. Exercises get a Check button that compares an answer's output with
// the solution's recorded output, as the tests do.
(() => {
  "use strict";

  const script = document.currentScript.src;
  const siteRoot = new URL("../", script);
  const WATCHDOG_SECONDS = 20; // real seconds before a run that never ends is stopped
  const PLAYBACK_SECONDS = 6; // a long run plays back in about this long

  const state = { loaded: null, runs: 0 };
  window.runItHere = state; // read by the browser tests

  // -- the worker ------------------------------------------------------------

  let worker = null;
  let started = null;
  let nextId = 1;
  const waiting = new Map();

  function send(kind, request) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, kind, ...request });
    });
  }

  function stop(error) {
    if (worker) worker.terminate();
    worker = null;
    started = null;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  }

  function python() {
    if (started) return started;
    worker = new Worker(new URL("run-worker.js", script));
    worker.onmessage = ({ data }) => {
      const promise = waiting.get(data.id);
      if (!promise) return;
      waiting.delete(data.id);
      if (data.ok) promise.resolve(data.result);
      else promise.reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop(new Error(event.message || "Python stopped unexpectedly"));
    };
    const begun = performance.now();
    started = send("start", {
      pyodide: new URL("assets/pyodide/", siteRoot).href,
      bundle: new URL("assets/run/bundle.json", siteRoot).href,
    }).then((info) => {
      state.loaded = { ...info, seconds: (performance.now() - begun) / 1000 };
      return info;
    });
    started.catch((error) => stop(error));
    return started;
  }

  async function execute(kind, request) {
    await python();
    let timer;
    const watchdog = new Promise((_, reject) => {
      timer = setTimeout(() => {
        const error = new Error(
          `stopped after ${WATCHDOG_SECONDS} s of real time: the program did not finish`,
        );
        stop(error);
        reject(error);
      }, WATCHDOG_SECONDS * 1000);
    });
    try {
      return await Promise.race([send(kind, request), watchdog]);
    } catch (error) {
      stop(error); // whatever broke, the next press starts a fresh Python
      throw error;
    } finally {
      clearTimeout(timer);
      state.runs += 1;
    }
  }

  // -- small pieces ----------------------------------------------------------

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  }

  function button(label, title) {
    return element("button", { type: "button", class: "run-it__button", title, text: label });
  }

  function formatTime(seconds) {
    if (seconds < 60) return `${seconds.toFixed(1)} s`;
    const whole = Math.floor(seconds);
    const two = (n) => String(n).padStart(2, "0");
    const hours = Math.floor(whole / 3600);
    const minutes = Math.floor((whole % 3600) / 60);
    const rest = `${two(minutes)}:${two(whole % 60)}`;
    return hours ? `${hours}:${rest}` : `${minutes}:${two(whole % 60)}`;
  }

  function makeEditable(code, label) {
    code.setAttribute("contenteditable", "plaintext-only");
    code.setAttribute("spellcheck", "false");
    code.setAttribute("role", "textbox");
    code.setAttribute("aria-multiline", "true");
    code.setAttribute("aria-label", label);
    // Editing inside highlighted text can leave <font color> elements with
    // the colours of the moment, which the other palette cannot read.
    code.addEventListener("input", () => {
      for (const font of code.querySelectorAll("font")) font.replaceWith(...font.childNodes);
    });
  }

  // The panel that plays a run's output back at its simulated times.
  function outputPanel(after) {
    const time = element("strong", { class: "run-it__time", text: "0.0 s" });
    const speed = element("span", { class: "run-it__speed" });
    const skip = button("Skip to end", "Show the rest of the output at once");
    const out = element("code", { class: "run-it__output" });
    const panel = element(
      "div",
      { class: "run-it__panel", hidden: "" },
      element("div", { class: "run-it__clock" }, "Simulated time ", time, speed, skip),
      element("div", { class: "highlight" }, element("pre", { tabindex: "0" }, out)),
    );
    after.after(panel);
    let skipped = false;
    skip.addEventListener("click", () => {
      skipped = true;
    });
    return {
      element: panel,
      play(result) {
        panel.hidden = false;
        out.textContent = "";
        skipped = false;
        skip.hidden = false;
        const total = result.simulated;
        const factor = Math.max(1, total / PLAYBACK_SECONDS);
        speed.textContent = factor > 1 ? ` (shown ${Math.round(factor).toLocaleString("en")}× faster)` : "";
        const lines = result.lines;
        let shown = 0;
        const begun = performance.now();
        return new Promise((resolve) => {
          const frame = () => {
            const now = skipped ? Infinity : ((performance.now() - begun) / 1000) * factor;
            let text = "";
            while (shown < lines.length && lines[shown][0] <= now) text += lines[shown++][1] + "\n";
            if (text) out.append(text);
            time.textContent = formatTime(Math.min(now, total));
            if (shown < lines.length || now < total) requestAnimationFrame(frame);
            else {
              skip.hidden = true;
              resolve();
            }
          };
          frame();
        });
      },
    };
  }

  function finished(result) {
    const time = formatTime(result.simulated);
    if (result.stopped) return `Stopped: it was still going after ${time} of simulated time.`;
    if (result.status) return `Ended with exit status ${result.status} after ${time} of simulated time.`;
    return `Finished in ${time} of simulated time.`;
  }

  function disabledMessage(command) {
    return (
      "This copy of the book was built without Pyodide, the browser's Python, " +
      "so examples cannot run here. To turn the Run buttons on, install Node.js " +
      `(it brings npm) and start the book again with make serve. Meanwhile: ${command}`
    );
  }

  // What pressing Run or Check does around the work itself; the bar's
  // data-state tells the tests (and the styles) how it went.
  function whenPressed(control, { example, bar, status, busy, failure, work }) {
    control.addEventListener("click", async () => {
      if ("disabled" in example.dataset) {
        status.textContent = disabledMessage(example.dataset.command);
        return;
      }
      control.disabled = true;
      bar.dataset.state = "running";
      status.textContent = state.loaded ? busy : "Starting Python in your browser (the first time only)…";
      try {
        bar.dataset.state = await work();
      } catch (error) {
        status.textContent = `${failure}: ${error.message}`;
        bar.dataset.state = "failed";
      } finally {
        control.disabled = false;
      }
    });
  }

  // -- the Run bar under an example ------------------------------------------

  function setUpRun(bar) {
    const block = bar.previousElementSibling;
    const code = block.querySelector("code");
    const path = block.querySelector(".filename")?.textContent ?? bar.dataset.module;
    const original = { html: code.innerHTML, text: code.textContent };
    const run = button("▶ Run", `Run ${path} here, on the simulated clock`);
    run.classList.add("run-it__run");
    const reset = button("Reset", "Put the example's code back as it was");
    reset.hidden = true;
    const status = element("span", { class: "run-it__status", role: "status" });
    bar.append(run, reset, status);
    const panel = outputPanel(bar);

    if ("partial" in bar.dataset) {
      bar.append(element("span", { class: "run-it__note", text: "This shows part of the file; Run runs all of it." }));
    } else {
      makeEditable(code, `Code of ${path}: edit it, then press Run`);
      code.addEventListener("input", () => {
        reset.hidden = code.textContent === original.text;
      });
    }
    reset.addEventListener("click", () => {
      code.innerHTML = original.html;
      reset.hidden = true;
      status.textContent = "Back to the book's code.";
    });
    whenPressed(run, {
      example: bar,
      bar,
      status,
      busy: "Running…",
      failure: "Could not run it",
      async work() {
        const edited = code.textContent !== original.text;
        const result = await execute("run", {
          module: bar.dataset.module,
          source: edited ? code.textContent : null,
          env: JSON.parse(bar.dataset.env || "{}"),
        });
        status.textContent = "Running…";
        await panel.play(result);
        status.textContent = finished(result);
        return "done";
      },
    });
    if ("exercise" in bar.dataset) setUpTry(bar, code, original.text);
  }

  // -- "Try it here" for an exercise whose solution a browser can run ---------

  function starter(solution) {
    const lines = solution.split("\n");
    const imports = lines.filter((line) => /^(import|from) \S/.test(line));
    return [
      '"""My answer."""',
      "",
      ...imports,
      "",
      "",
      "async def main():",
      "    ...  # your answer here",
      "",
      "",
      'if __name__ == "__main__":',
      "    asyncio.run(main())",
      "",
    ].join("\n");
  }

  function setUpTry(solutionBar, solutionCode, solutionText) {
    const details = solutionBar.closest("details");
    const exercise = details?.parentElement?.closest(".admonition");
    if (!exercise || exercise.querySelector(".run-it-try")) return;
    const first = starter(solutionText);
    const code = element("code", {}, first);
    makeEditable(code, "Your answer: edit it, then press Check");
    const check = button("Check", "Run your answer and compare its output with the solution's");
    check.classList.add("run-it__run");
    const reset = button("Start again", "Put the starting code back");
    const status = element("span", { class: "run-it__status", role: "status" });
    const bar = element("div", { class: "run-it run-it--check" }, check, reset, status);
    const verdicts = element("ul", { class: "run-it__checks", "aria-label": "What Check found" });
    const area = element(
      "div",
      { class: "run-it-try" },
      element("p", {
        text:
          "Try it here: write your answer, then press Check. It runs your program " +
          "and compares what it prints with the solution's recorded output, as the book's tests do.",
      }),
      element("div", { class: "highlight" }, element("pre", {}, code)),
      bar,
      verdicts,
    );
    details.before(area);
    const panel = outputPanel(verdicts);
    reset.addEventListener("click", () => {
      code.textContent = first;
      verdicts.replaceChildren();
      status.textContent = "";
    });
    whenPressed(check, {
      example: solutionBar,
      bar,
      status,
      busy: "Checking…",
      failure: "Could not check it",
      async work() {
        verdicts.replaceChildren();
        const result = await execute("check", {
          module: solutionBar.dataset.module,
          source: code.textContent,
          env: JSON.parse(solutionBar.dataset.env || "{}"),
        });
        const passed = result.checks.every(([ok]) => ok);
        for (const [ok, what] of result.checks) {
          const verdict = `${ok ? "✔ Passed" : "✘ Not yet"}: ${what}`;
          verdicts.append(element("li", { class: ok ? "passed" : "failed", text: verdict }));
        }
        status.textContent = passed ? "All checks passed." : "Some checks did not pass; the output is below.";
        panel.play(result);
        return passed ? "passed" : "failed";
      },
    });
  }

  function setUp() {
    for (const bar of document.querySelectorAll(".run-it[data-module]")) setUpRun(bar);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
