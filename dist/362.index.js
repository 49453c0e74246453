export const id = 362;
export const ids = [362];
export const modules = {

/***/ 47362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRenderMode: () => (/* binding */ runRenderMode)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/* harmony import */ var _pipeline_render_repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20414);
// Mode `render`: render every app and report failures; the app list is an output for matrix jobs.


/** Returns the failure message for the step, or undefined when every app rendered. */
async function runRenderMode(settings, io) {
    const result = await (0,_pipeline_render_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .renderRepo */ .ZY)(settings, io.info);
    const apps = result.rendered.map((a) => ({
        name: a.name,
        project: a.spec.app.spec.project,
        destination: a.spec.app.spec.destination,
        resources: a.objects.length,
        ok: a.problems.length === 0,
    }));
    io.setOutput('apps', JSON.stringify(apps));
    for (const a of result.rendered)
        for (const w of a.warnings)
            io.warning(`${a.name}: ${w}`);
    for (const n of result.notes)
        io.info(`note: ${n}`);
    const problems = [...result.problems, ...result.rendered.flatMap((a) => a.problems)];
    for (const p of problems)
        io.error((0,_model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p));
    io.info(`rendered ${apps.filter((a) => a.ok).length} of ${apps.length} app(s)`);
    return problems.length > 0 ? `${problems.length} problem(s) while rendering; see the errors above` : undefined;
}


/***/ })

};
