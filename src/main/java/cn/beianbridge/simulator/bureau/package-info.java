/**
 * The bureau simulator: every province's filing system, speaking exactly the interface of BUREAU-PROTOCOL.md, for
 * the demo and the tests. Active only with {@code bridge.simulators.enabled=true}, never in the {@code mysql}
 * profile.
 * <p>
 * <b>Addresses.</b> Boot's web-services servlet ({@code spring.webservices.path=/simulator/bureau}) serves, per
 * province code, {@code /simulator/bureau/<code>/ISPWebService/upDownLoad} ({@code isp_upload},
 * {@code isp_download}, {@code isp_downloadack}, {@code isp_querypreviousupload}) and
 * {@code /simulator/bureau/<code>/BeianStatusWebService/queryBeianStatus} ({@code isp_querybeianstatus},
 * {@code isp_verifybamm}; the latter also at {@code .../BeianStatusWebService/verifyBamm}). SOAP 1.1,
 * document/literal wrapped, in the province's {@code gateway.namespace}: request {@code <ns:isp_upload>} with one
 * unqualified child per parameter, reply {@code <ns:isp_uploadResponse><return>escaped document</return>}.
 * An unknown code or service path is HTTP 404; a wrong operation, namespace or parameter is a SOAP Client fault.
 * <p>
 * <b>State</b> lives in the {@code sim_*} tables (V4 migration), so a restart loses nothing but the fault switches
 * and forced decisions ({@link cn.beianbridge.simulator.bureau.BureauSimulator}), which are in memory.
 * <p>
 * <b>Misbehaving</b>: {@code BureauSimulator.faults("33").maintenanceUploads(true)} and the like, or
 * {@code POST /simulator/bureau/33/faults} with a JSON body of {@link cn.beianbridge.simulator.bureau.FaultSwitches}
 * fields ({@code GET} shows them, {@code DELETE} clears them). A dropped upload reply is HTTP 500 with an empty
 * body and no envelope, after the upload was stored and counted: {@code isp_querypreviousupload} shows it.
 * <p>
 * <b>Results in any order</b>: a round of decisions becomes numbers (BASJ) and results (BAJG) handed out as
 * {@link cn.beianbridge.simulator.bureau.ResultOrder} says (a switch, else {@code bridge.simulators.bureau.result-order}),
 * perhaps twice ({@code duplicateFiles}). Every file is valid against the official {@code download-data.xsd}.
 * <p>
 * <b>Cancellations</b>: a bureau cancels filings of its own accord ({@link cn.beianbridge.simulator.bureau.Cancellations}:
 * at random every {@code forced-cancellations-every}, or {@code BureauSimulator.cancel(...)} /
 * {@code POST .../cancellations}); the register forgets them at once and the next download tells the provider in
 * {@code ZXSJ}, handed out as {@link cn.beianbridge.simulator.bureau.CancellationPlay} says.
 * <b>Changes and cancellations</b> (BGBA, ZXBA) are checked on arrival by {@link cn.beianbridge.simulator.bureau.ChangeRegister}
 * (a failing record alone is refused, later, with its code: 1016, 1017, 1018, 1025, 1026, 1027, 1030, 1032, 1042, 1043,
 * 1047, 1048, 1049, 1050, 1058, 1059) and reviewed like the rest. An approved change becomes the filed data (BASJ with
 * the ids); an approved cancellation takes the entity, website or access out of the register, kept in
 * {@code sim_removed_record}. Results name them by bureau id or ICP number ({@code result-identifiers}, or
 * {@code BureauSimulator.resultIdentifiers(code, form)}); {@code keep-only-access-in} lists the provinces that refuse
 * to cancel a website's only access.
 */
package cn.beianbridge.simulator.bureau;
