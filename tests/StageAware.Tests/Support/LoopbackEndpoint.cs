using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace StageAware.Tests.Support;

/// <summary>
/// A port on 127.0.0.1 that answers every connection by closing it, so an AWS SDK aimed at it
/// (<c>AWS_ENDPOINT_URL</c>) fails at once and nothing leaves the machine.
/// </summary>
public sealed class LoopbackEndpoint : IDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private int connections;

    public LoopbackEndpoint()
    {
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>How many connections were made to the endpoint.</summary>
    public int Connections => Volatile.Read(ref connections);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        try
        {
            accepting.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using TcpClient client = await listener.AcceptTcpClientAsync(stop.Token).ConfigureAwait(false);
                Interlocked.Increment(ref connections);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }
}
