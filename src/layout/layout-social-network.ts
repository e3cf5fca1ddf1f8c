/**
 * Social map → NetworkLayout, with the ELK instance passed in (elk-node.ts at build time),
 * like layoutRoute: the page that shows the network never loads ELK.
 */
import type { SocialMap } from '../core/socialmap/social-map-schema.ts';
import type { ElkLayouter } from './layout-route.ts';
import type { NetworkLayout } from './network-layout-types.ts';
import { socialNetworkGraph } from './social-network-graph.ts';
import { elkToNetworkLayout, networkToElkGraph } from './social-network-to-elk.ts';

export async function layoutSocialNetwork(
  map: SocialMap,
  elk: ElkLayouter,
): Promise<NetworkLayout> {
  const graph = socialNetworkGraph(map);
  const laidOut = await elk.layout(networkToElkGraph(graph));
  return elkToNetworkLayout(graph, laidOut);
}
